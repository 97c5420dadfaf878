import { listLoggedTouches } from '../db/logged-touches';
import { isExpired, retentionCutoff } from '../db/retention-rule';
import type { TouchlineDb } from '../db/schema';
import type { Activity } from '../schema/activity';

/** Those of a list of activities that retention keeps. */
export type KeepRows = (activities: Activity[]) => Promise<Activity[]>;

/**
 * Retention applied on read (decisions.md), with the rule the panel's views apply (isExpired, as
 * lib/db/retention.ts keptActivities does): the page counts what the daily pruning will leave, so
 * a lowered setting changes its numbers at once, as it changes the panel's. The page copies logged
 * touches were merged into are kept too; the logged touches are read once for the whole page, and
 * only when some row is past the cutoff (every rep's and deal's list is passed through here).
 */
export function keptRows(db: TouchlineDb, now: Date, retentionDays: number): KeepRows {
  const cutoff = retentionCutoff(now, retentionDays);
  const cutoffMs = Date.parse(cutoff);
  let mergeTargets: Promise<ReadonlySet<string>> | undefined;
  return async (activities) => {
    // Most lists hold no row dated before the cutoff: one comparison per row, the cutoff parsed once.
    if (!activities.some((a) => a.timestamp !== undefined && Date.parse(a.timestamp) < cutoffMs)) return activities;
    mergeTargets ??= listLoggedTouches(db).then(({ touches }) => new Set(touches.flatMap((t) => t.mergedInto ?? [])));
    const targets = await mergeTargets;
    return activities.filter((a) => !isExpired(a, cutoff, targets));
  };
}
