import { retentionCutoff } from '../db/retention-rule';
import { formatDate } from '../metrics/zoned-days';
import type { Settings } from '../schema/settings';

type RetentionFields = Pick<Settings, 'retentionDays' | 'prunedBefore'>;

/** Whether figures reaching back to `from` would count activities Touchline no longer holds. */
export function reachesPastKept(from: Date, settings: RetentionFields, now: Date): boolean {
  return keptWithin(from, settings, now) !== undefined;
}

/**
 * Where the read window meets what Touchline holds, when it reaches past it: the instant, and
 * whether a raised retention (not today's setting) sets it.
 */
export function keptWithin(
  from: Date,
  settings: RetentionFields,
  now: Date,
): { from: string; raised: boolean } | undefined {
  const kept = keptFrom(settings, now);
  if (from.getTime() >= kept.getTime()) return undefined;
  return { from: kept.toISOString(), raised: setByRaise(kept, settings, now) };
}

/** Whether a raised retention's mark, not today's setting, is where what Touchline holds starts. */
function setByRaise(kept: Date, settings: RetentionFields, now: Date): boolean {
  return kept.toISOString() !== retentionCutoff(now, settings.retentionDays);
}

/**
 * What Touchline holds, in words that end a sentence "… reaches back further than …": the
 * setting's days, or the day before which a shorter setting deleted activities.
 */
export function keptWords(settings: RetentionFields & Pick<Settings, 'timeZone'>, now: Date): string {
  const from = keptFrom(settings, now);
  if (!setByRaise(from, settings, now)) {
    return `the ${settings.retentionDays} days of activities Touchline keeps (the retention setting)`;
  }
  return `${formatDate(from, settings.timeZone)}: activities before it were deleted, or never stored, under the shorter retention setting in force until it was raised`;
}

/**
 * The oldest instant from which Touchline holds every activity it read: the retention cutoff, or
 * later while a raised retention has not yet caught up with what the shorter one deleted (raised
 * from 30 to 90 days today, the cache still starts 30 days ago, and will for 60 more days).
 */
export function keptFrom(settings: RetentionFields, now: Date): Date {
  const cutoff = retentionCutoff(now, settings.retentionDays);
  const pruned = settings.prunedBefore;
  return new Date(pruned !== undefined && pruned > cutoff ? pruned : cutoff);
}

/**
 * The settings about to be saved over `stored`, with the instant before which activities are
 * gone when this save raises retention (the cutoff the shorter setting applied until now). The
 * later of the marks either copy carries is kept, so a form loaded before another tab's raise
 * does not lose it.
 */
export function withRetentionRaise(stored: RetentionFields, next: Settings, now: Date): Settings {
  const marks = [stored.prunedBefore, next.prunedBefore];
  if (next.retentionDays > stored.retentionDays) marks.push(retentionCutoff(now, stored.retentionDays));
  // ISO instants in UTC sort as they fall in time.
  const latest = marks
    .filter((mark) => mark !== undefined)
    .sort()
    .at(-1);
  return latest === undefined ? next : { ...next, prunedBefore: latest };
}
