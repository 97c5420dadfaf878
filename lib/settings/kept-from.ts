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
 * later while a raised retention has not yet caught up with what a pruning run under the shorter
 * one deleted (pruned at 30 days, raised to 90 today: the cache still starts 30 days before the
 * run, and will for about 60 more days).
 */
export function keptFrom(settings: RetentionFields, now: Date): Date {
  const cutoff = retentionCutoff(now, settings.retentionDays);
  const pruned = settings.prunedBefore;
  return new Date(pruned !== undefined && pruned > cutoff ? pruned : cutoff);
}

/**
 * The settings with the cutoff a pruning run applied noted (`prunedBefore`): activities before it
 * are gone. Only a run deletes, so a value raised again before any run under the lower one leaves
 * no mark (a mistyped retention can be put right); noted at every run, the mark only counts once
 * retention is raised above what the run applied (keptFrom). The later mark is kept.
 */
export function withPruneRun<S extends RetentionFields>(settings: S, cutoff: string): S {
  return { ...settings, prunedBefore: laterMark(settings.prunedBefore, cutoff) };
}

/**
 * The settings about to be saved over `stored`, keeping the later pruning mark of either copy,
 * so a form loaded before a pruning run does not lose what the run noted.
 */
export function withLatestPruneMark(stored: RetentionFields, next: Settings): Settings {
  const latest = laterMark(stored.prunedBefore, next.prunedBefore);
  return latest === undefined ? next : { ...next, prunedBefore: latest };
}

function laterMark(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  // ISO instants in UTC order as they fall in time.
  return a > b ? a : b;
}
