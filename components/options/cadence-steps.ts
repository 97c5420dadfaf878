import type { Channel } from '../../lib/schema/activity';
import type { CadenceStep } from '../../lib/schema/settings';

/**
 * Edits of a cadence's steps. Steps are matched to outbound touches in order and their day
 * offsets rise, so reordering moves a step's channel, not its day: "call before email" keeps the
 * cadence's timing and swaps what is done at each point.
 */
export function addStep(steps: readonly CadenceStep[]): CadenceStep[] {
  const last = steps.at(-1);
  return [...steps, { day: last ? last.day + 2 : 0, channel: 'email' }];
}

export function removeStep(steps: readonly CadenceStep[], index: number): CadenceStep[] {
  return steps.filter((_, i) => i !== index);
}

/** Swaps the channels of step `index` and the step `by` places away (−1 earlier, +1 later). */
export function moveStep(steps: readonly CadenceStep[], index: number, by: -1 | 1): CadenceStep[] {
  const other = index + by;
  const a = steps[index];
  const b = steps[other];
  if (!a || !b) return [...steps];
  return steps.map((step, i) => {
    if (i === index) return { ...step, channel: b.channel };
    if (i === other) return { ...step, channel: a.channel };
    return step;
  });
}

export function setStep(steps: readonly CadenceStep[], index: number, change: { day?: number; channel?: Channel }) {
  return steps.map((step, i) => (i === index ? { ...step, ...change } : step));
}
