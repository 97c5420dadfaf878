import type { Activity, ActivityReading } from '../schema/activity';
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

/** A reading's items past retention (see withinRetention). */
export function pastRetention(reading: PageReading): ActivityReading[] {
  if (reading.retentionDays === undefined) return [];
  const cutoff = Date.parse(retentionCutoff(reading.now, reading.retentionDays));
  return reading.result.activities.filter((a) => a.timestamp !== undefined && Date.parse(a.timestamp) < cutoff);
}

/**
 * A page reading without the items past retention (decisions.md: retention applies on read too),
 * so what the daily pruning removed is not stored again by the next visit; `keep` spares those a
 * touch logged in Touchline could merge with (see keptReadings).
 */
export function withinRetention(
  reading: PageReading,
  keep: (item: ActivityReading) => boolean = () => false,
): PageReading {
  const past = new Set(pastRetention(reading));
  if (past.size === 0) return reading;
  const activities = reading.result.activities.filter((a) => !past.has(a) || keep(a));
  if (activities.length === reading.result.activities.length) return reading;
  return { ...reading, result: { ...reading.result, activities } };
}
