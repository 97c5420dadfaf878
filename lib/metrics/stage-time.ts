import type { Deal, StageEntry } from '../schema/record';
import type { DealView } from '../schema/view-model';
import { dayNumber } from './zoned-days';

export type StageStint = DealView['stageTimeline'][number];

/**
 * Whole calendar days spent in a stage: `days` the least it can have been, `upTo` the most
 * (null: no upper bound is known). Equal when the entry and exit are known to the day.
 */
export interface DaysRange {
  days: number;
  upTo: number | null;
}

/** Stage history oldest first; entries with the same time keep the page's order. */
export function sortedHistory(deal: Pick<Deal, 'stageHistory'>): StageEntry[] {
  return deal.stageHistory
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Date.parse(a.entry.enteredAt) - Date.parse(b.entry.enteredAt) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The stage the deal is in: the page's stage label, else the latest stage in its history. */
export function currentStage(deal: Pick<Deal, 'stage' | 'stageHistory'>): string | undefined {
  return deal.stage ?? sortedHistory(deal).at(-1)?.stage;
}

/**
 * The days one visit to a stage lasted, from its entry until the next entry (or, for the current
 * visit, an instant), in the user's zone. An entry Touchline recorded itself happened between
 * `after` and `enteredAt` (metrics.md, "Time in stage as a range"), so the least is counted from
 * the latest possible entry to the earliest possible exit, and the most the other way round; a
 * first sighting has no earliest entry, so no most.
 */
export function visitDays(entry: StageEntry, until: StageEntry | Date, timeZone: string): DaysRange {
  const day = (iso: string) => dayNumber(new Date(iso), timeZone);
  const latestEntry = day(entry.enteredAt);
  const next = until instanceof Date ? undefined : until;
  const latestExit = until instanceof Date ? dayNumber(until, timeZone) : day(until.enteredAt);
  const earliestExit = next?.after ? day(next.after) : next?.firstSeen ? latestEntry : latestExit;
  const days = Math.max(0, earliestExit - latestEntry);
  if (entry.firstSeen) return { days, upTo: null };
  return { days, upTo: Math.max(days, latestExit - day(entry.after ?? entry.enteredAt)) };
}

/**
 * The history dates the deal's last entry into its current stage on a day after `until`'s (a
 * history edited by hand, an import with a typo): the deal cannot have entered it yet, so its time
 * there is not known (contracts.md: empty, with its reason), never a confident 0.
 */
export function enteredAfter(deal: Pick<Deal, 'stage' | 'stageHistory'>, until: Date, timeZone: string): boolean {
  const latest = sortedHistory(deal).at(-1);
  return latest !== undefined && latest.stage === currentStage(deal) && entryDayAfter(latest, until, timeZone);
}

function entryDayAfter(entry: StageEntry, until: Date, timeZone: string): boolean {
  return dayNumber(new Date(entry.enteredAt), timeZone) > dayNumber(until, timeZone);
}

/**
 * Days from the deal's last entry into its current stage until `until` (now; for a closed deal, its
 * close: closed-stage-time.ts), as a range when the entry is not known exactly; a deal that
 * re-enters a stage starts counting again. Null when the history's latest entry is not the current
 * stage: the history misses the latest move, and counting from an older visit would overstate the
 * time; null too when that entry is dated after `until` (enteredAfter).
 */
export function timeInStage(
  deal: Pick<Deal, 'stage' | 'stageHistory'>,
  until: Date,
  timeZone: string,
): DaysRange | null {
  const latest = sortedHistory(deal).at(-1);
  if (!latest || latest.stage !== currentStage(deal) || entryDayAfter(latest, until, timeZone)) return null;
  return visitDays(latest, until, timeZone);
}

/** True when the current stage's entry day comes from a duration the page shows. */
export function timeInStageIsApproximate(deal: Pick<Deal, 'stageHistory'>): boolean {
  return sortedHistory(deal).at(-1)?.approximate === true;
}

/**
 * Every visit to a stage with its length; the latest entry is the current one, unless the deal is
 * in another stage (the history misses the latest move, as in timeInStage): then that visit ended
 * some time before `until`, and lasted from 0 days up to its length until then. The latest visit
 * runs until `until` (now, or a closed deal's close); null when that end is not known (a deal closed
 * at a time no page showed): the latest visit then has no length. An entry the history dates on a
 * day after `until` has not happened by then (enteredAfter): the visit before it is counted to
 * `until` at most (metrics.md: now, or the exit time, whichever came first), and the visit it
 * begins has no length (`enteredLater`).
 */
export function stageTimeline(
  deal: Pick<Deal, 'stage' | 'stageHistory'>,
  until: Date | null,
  timeZone: string,
): StageStint[] {
  const history = sortedHistory(deal);
  const missedMove = history.at(-1)?.stage !== currentStage(deal);
  return history.map((entry, i) => {
    const next = history[i + 1];
    const visit = { stage: entry.stage, enteredAt: entry.enteredAt, current: !next && !missedMove };
    if (until !== null && entryDayAfter(entry, until, timeZone)) return { ...visit, days: null, enteredLater: true };
    const end = next && (until === null || !entryDayAfter(next, until, timeZone)) ? next : until;
    if (end === null) return { ...visit, days: null };
    const untilEnd = visitDays(entry, end, timeZone);
    const { days, upTo } = next || !missedMove ? untilEnd : { days: 0, upTo: untilEnd.upTo };
    return { ...visit, days, ...(upTo === days ? {} : { atLeast: true, ...(upTo === null ? {} : { upTo }) }) };
  });
}
