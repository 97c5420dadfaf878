import type { Deal, StageEntry } from '../schema/record';
import type { DealView } from '../schema/view-model';
import { dayNumber } from './zoned-days';

export type StageStint = DealView['stageTimeline'][number];

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
 * Whole calendar days in the user's zone since the deal last entered its current stage (a deal
 * that re-enters a stage starts counting again). Null when the history's latest entry is not the
 * current stage: the history misses the latest move, and counting from an older visit would
 * overstate the time.
 */
export function daysInStage(deal: Pick<Deal, 'stage' | 'stageHistory'>, now: Date, timeZone: string): number | null {
  const latest = sortedHistory(deal).at(-1);
  if (!latest || latest.stage !== currentStage(deal)) return null;
  return Math.max(0, dayNumber(now, timeZone) - dayNumber(new Date(latest.enteredAt), timeZone));
}

/** True when time in the current stage counts from Touchline's first sighting of the deal. */
export function daysInStageIsLowerBound(deal: Pick<Deal, 'stageHistory'>): boolean {
  return sortedHistory(deal).at(-1)?.firstSeen === true;
}

/** Every visit to a stage with its length; the latest entry is the current one. */
export function stageTimeline(deal: Pick<Deal, 'stageHistory'>, now: Date, timeZone: string): StageStint[] {
  const history = sortedHistory(deal);
  return history.map((entry, i) => {
    const exit = history[i + 1]?.enteredAt;
    const end = exit ? new Date(exit) : now;
    return {
      stage: entry.stage,
      enteredAt: entry.enteredAt,
      days: Math.max(0, dayNumber(end, timeZone) - dayNumber(new Date(entry.enteredAt), timeZone)),
      current: i === history.length - 1,
    };
  });
}
