import type { StageEntry } from '../schema/record';

/**
 * A reading's stage entries with each one from a shown duration ("3 days" in stage, `approximate`)
 * keeping the instant of the reading it was counted back from, unless it already says so: the
 * duration is days before that moment, whatever zone the days are counted in
 * (metrics/printed-stage-days.ts). Only for pages: an export's duration is counted from a time the
 * file does not carry.
 */
export function withDurationsCountedFrom(entries: readonly StageEntry[], readAt: Date): StageEntry[] {
  return entries.map((entry) =>
    entry.approximate && !entry.countedFrom ? { ...entry, countedFrom: readAt.toISOString() } : entry,
  );
}
