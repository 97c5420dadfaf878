import type { Touch } from './touch';
import { countedActiveTouches } from './touches-per-contact';
import { DAY_MS, dayNumber } from './zoned-days';

export const EARLY_WARNING_SHARE = 0.7;
/** How far back the warning looks: the last 7 days and the 4 weeks before them. */
export const EARLY_WARNING_DAYS = 7 + 28;
const WEEK_MS = 7 * DAY_MS;
/** The look-back in weeks: 0 is the last 7 days, 1 to 4 the weeks before them. */
const LOOK_BACK_WEEKS = EARLY_WARNING_DAYS / 7;

export interface EarlyWarning {
  warning: boolean;
  lastWeek: number;
  /** Touches per week over the four weeks before the last 7 days. */
  weeklyAverage: number;
}

/**
 * Touches in the last 7 days (7 × 24 hours ending now, start inclusive) below 70 % of the
 * weekly average over the 4 weeks before them (four 7 × 24-hour weeks, not overlapping the last
 * 7 days). Exactly 70 % is not below. As every team figure (metrics.md), each week counts only
 * its own active contacts' touches, the last one and each of the four alike: replies from
 * contacts nobody wrote to that week do not hide a rep who stopped reaching out, and a steady rep
 * whose contacts answer a week later scores the same every week. With no touches in the trailing
 * weeks there is nothing to drop from: no warning. Pass one rep's touches for the rep, everyone's
 * for the team.
 */
export function earlyWarning(touches: readonly Touch[], now: Date, countAutomated: boolean): EarlyWarning {
  const counted = countedByWeek(touches, now, countAutomated, LOOK_BACK_WEEKS);
  const [lastWeek, ...before] = Array.from(
    { length: LOOK_BACK_WEEKS },
    (_, week) => counted.get(week)?.length ?? 0,
  ) as [number, ...number[]];
  const weeklyAverage = before.reduce((sum, n) => sum + n, 0) / 4;
  return { warning: weeklyAverage > 0 && lastWeek < EARLY_WARNING_SHARE * weeklyAverage, lastWeek, weeklyAverage };
}

/**
 * Calendar days in the user's zone since the first touch the warning counts, when that touch is
 * less than the warning's look-back ago: the 4 weeks before the last 7 days then lie partly before
 * the rep began (or came back), and averaging those days as weeks of no work would hide a drop. No
 * verdict is given then; undefined when the touches cover the whole look-back (or none counts).
 * "Less than 35 days" holds both in the days the reason gives (so it never says 35 days are too
 * few) and in the warning's 24-hour weeks (a first touch before the 4th week began covers it, as
 * over a change to winter time a 34th calendar day may).
 * A touch counts as the warning counts it: in its own 7 × 24-hour week (the warning's weeks,
 * continued back past its look-back), on a contact active that week. An inquiry a contact sent
 * weeks before anyone wrote to them is counted by no figure, so it is not the rep's first touch,
 * however often the rep writes to that contact later.
 */
export function earlyWarningShortHistory(
  touches: readonly Touch[],
  now: Date,
  countAutomated: boolean,
  timeZone: string,
): number | undefined {
  let first: number | undefined;
  for (const week of countedByWeek(touches, now, countAutomated, Number.POSITIVE_INFINITY).values())
    for (const touch of week) {
      const at = touch.at.getTime();
      if (first === undefined || at < first) first = at;
    }
  if (first === undefined || now.getTime() - first >= EARLY_WARNING_DAYS * DAY_MS) return undefined;
  // Said as every "days ago" on the page is: calendar days in the user's zone (metrics.md).
  const days = Math.max(0, dayNumber(now, timeZone) - dayNumber(new Date(first), timeZone));
  return days < EARLY_WARNING_DAYS ? days : undefined;
}

/**
 * The touches each 7 × 24-hour week ending now counts (countedActiveTouches over that week alone),
 * by how many weeks back it is: 0 is the last 7 days, start inclusive (a touch exactly 7 × 24
 * hours old is in it), 1 the week before, and so on, up to `weeks` weeks. Touches after now, or
 * with no date, are in none.
 */
function countedByWeek(
  touches: readonly Touch[],
  now: Date,
  countAutomated: boolean,
  weeks: number,
): Map<number, Touch[]> {
  const end = now.getTime();
  const byWeek = new Map<number, Touch[]>();
  for (const touch of touches) {
    const ago = end - touch.at.getTime();
    if (Number.isNaN(ago) || ago < 0) continue;
    const week = Math.max(0, Math.ceil(ago / WEEK_MS) - 1);
    if (week >= weeks) continue;
    const list = byWeek.get(week);
    if (list) list.push(touch);
    else byWeek.set(week, [touch]);
  }
  for (const [week, list] of byWeek) byWeek.set(week, countedActiveTouches(list, countAutomated));
  return byWeek;
}
