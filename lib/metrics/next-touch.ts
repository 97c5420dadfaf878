import type { Channel } from '../schema/activity';
import type { CadenceStep } from '../schema/settings';
import type { ContactView } from '../schema/view-model';
import { type CadenceSettings, cadenceRuns, cadenceSteps, matchedSteps, spacingAfterStep } from './cadence';
import type { Touch } from './touch';
import { addDays, type DayNumber, dayNumber, dayString } from './zoned-days';

export type NextTouch = NonNullable<ContactView['cadence']['nextDue']>;

/**
 * The next touch due for a contact (touches oldest first):
 * - the next step of the latest cadence run not yet done, due its planned spacing after the
 *   last step done (business days when weekends are excluded). Spacing counts from the step
 *   actually done rather than from the run's first touch, as sequence tools schedule, so a late
 *   step moves the rest of the cadence and the step that is due is the one the rep should do now;
 * - once the cadence ended (every step done, the contact replied, or a silence longer than the
 *   follow-up limit came after it), a follow-up on the channel of the last touch (that has a
 *   channel), due the follow-up limit (calendar days) after the last touch either way;
 * - once the silence since the last touch is longer than the follow-up limit, step 1 of a new
 *   cadence (metrics.md: the next outbound touch starts one), due the first day of that silence
 *   beyond the limit: not a step of the lapsed cadence, which the touch would not count as;
 * - with no outbound touch yet, step 1, due the day the contact was created (or its first
 *   inbound touch, or today when neither is known).
 * Null only when the cadence has no steps and the contact has no touch to follow up.
 */
export function nextTouchDue(
  touches: readonly Touch[],
  settings: CadenceSettings,
  now: Date,
  createdAt?: string,
): NextTouch | null {
  const steps = cadenceSteps(settings);
  const today = dayNumber(now, settings.timeZone);
  const day = (at: Date) => dayNumber(at, settings.timeZone);
  const due = (date: DayNumber, channel: Channel, step: number, kind: NextTouch['kind']): NextTouch => ({
    date: dayString(date),
    channel,
    step,
    overdue: date < today,
    kind,
  });
  const run = cadenceRuns(touches, settings).at(-1);
  const last = touches.at(-1);
  const followUp = (lastTouch: Touch) =>
    due(day(lastTouch.at) + settings.followUpDays, followUpChannel(touches, steps), 0, 'follow-up');
  if (!run) {
    const first = steps[0];
    if (!first) return last ? followUp(last) : null;
    const start = createdAt ? day(new Date(createdAt)) : last ? day((touches[0] as Touch).at) : today;
    return due(start, first.channel, 1, 'step');
  }
  const latest = last as Touch;
  const restart = steps[0];
  if (restart && today - day(latest.at) > settings.followUpDays) {
    return due(day(latest.at) + settings.followUpDays + 1, restart.channel, 1, 'step');
  }
  const done = matchedSteps(run, steps);
  const spacing = spacingAfterStep(steps, done);
  if (run.replyAt !== undefined || run.lapsed || spacing === undefined) return followUp(latest);
  const lastStep = run.outbound[done - 1] as Touch;
  const next = steps[done] as (typeof steps)[number];
  return due(addDays(day(lastStep.at), spacing, settings.businessDays), next.channel, done + 1, 'step');
}

/** The channel of the latest touch that has one (a completed task has none), else the cadence's first. */
function followUpChannel(touches: readonly Touch[], steps: readonly CadenceStep[]): Channel {
  const channel = touches.findLast((t) => t.channel !== 'task')?.channel;
  return channel && channel !== 'task' ? channel : (steps[0]?.channel ?? 'email');
}
