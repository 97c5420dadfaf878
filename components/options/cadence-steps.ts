import type { Channel } from '../../lib/schema/activity';
import type { CadenceStep } from '../../lib/schema/settings';

/**
 * Edits of a cadence's steps. Steps are matched to outbound touches in order and their day
 * offsets rise, so reordering moves a step's channel, not its day: "call before email" keeps the
 * cadence's timing and swaps what is done at each point. Whatever else a step carries (the
 * editor's id for it) goes with its channel.
 */
export function stepToAdd(steps: readonly CadenceStep[]): CadenceStep {
  const last = steps.at(-1);
  return { day: last ? last.day + 2 : 0, channel: 'email' };
}

/**
 * Without step `index`. Removing the first step makes the next one the cadence's first touch: it
 * becomes day 0 and every later step moves back by as many days, so the spacing between the steps
 * left is kept (the first step is always day 0). A next step whose day is not a number yet (being
 * typed) moves nothing.
 */
export function removeStep<S extends CadenceStep>(steps: readonly S[], index: number): S[] {
  const left = steps.filter((_, i) => i !== index);
  const start = index === 0 ? (left[0]?.day ?? 0) : 0;
  if (!Number.isFinite(start)) return left;
  return start === 0 ? left : left.map((step) => ({ ...step, day: step.day - start }));
}

/** Swaps step `index` with the step `by` places away (−1 earlier, +1 later); each place keeps its day. */
export function moveStep<S extends CadenceStep>(steps: readonly S[], index: number, by: -1 | 1): S[] {
  const other = index + by;
  const a = steps[index];
  const b = steps[other];
  if (!a || !b) return [...steps];
  return steps.map((step, i) => {
    if (i === index) return { ...b, day: step.day };
    if (i === other) return { ...a, day: step.day };
    return step;
  });
}

export function setStep<S extends CadenceStep>(
  steps: readonly S[],
  index: number,
  change: { day?: number; channel?: Channel },
): S[] {
  return steps.map((step, i) => (i === index ? { ...step, ...change } : step));
}
