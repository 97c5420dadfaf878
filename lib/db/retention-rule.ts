import type { Activity } from '../schema/activity';
import type { PageReading } from './save-reading';

const DAY_MS = 86_400_000;

/** Activities dated before this instant are past retention. */
export function retentionCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
}

/**
 * Past retention and not to be stored: dated before the cutoff, and neither a touch logged in
 * Touchline (kept until erased) nor the page copy one was merged into (it carries the user's
 * outcome and note, and keeps the logged touch counted once).
 */
export function isExpired(activity: Activity, cutoff: string, mergeTargets: ReadonlySet<string>): boolean {
  if (activity.origin === 'logged-in-touchline' || mergeTargets.has(activity.key)) return false;
  return activity.timestamp !== undefined && Date.parse(activity.timestamp) < Date.parse(cutoff);
}

/**
 * A page reading without the items past retention (decisions.md: retention applies on read too),
 * so what the daily pruning removed is not stored again by the next visit.
 */
export function withinRetention(reading: PageReading): PageReading {
  if (reading.retentionDays === undefined) return reading;
  const cutoff = Date.parse(retentionCutoff(reading.now, reading.retentionDays));
  const activities = reading.result.activities.filter((a) => !a.timestamp || Date.parse(a.timestamp) >= cutoff);
  if (activities.length === reading.result.activities.length) return reading;
  return { ...reading, result: { ...reading.result, activities } };
}
