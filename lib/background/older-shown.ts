import { activityFromReading } from '../db/page-activities';
import { retentionCutoff } from '../db/retention-rule';
import { browserTimeZone } from '../db/time-precision';
import { recordKey } from '../keys';
import type { Activity } from '../schema/activity';
import type { ReadOk } from '../schema/read-result';

/**
 * The reading's activities older than what Touchline keeps, as activities of its record: retention
 * applies on read, so they are not stored, yet a figure counted from the first touch (the cadence's
 * steps) begins among them while the page shows them.
 */
export function olderShown(reading: ReadOk, now: Date, retentionDays: number, yourName?: string): Activity[] {
  const cutoff = Date.parse(retentionCutoff(now, retentionDays));
  const older = reading.activities.filter((a) => a.timestamp !== undefined && Date.parse(a.timestamp) < cutoff);
  const pageKey = recordKey(reading);
  const zone = browserTimeZone();
  return older.map((a) => activityFromReading(reading, pageKey, a, zone, yourName));
}

/** How many records' older activities the background holds at most: the tabs a rep has open, and more. */
const HELD = 50;

/**
 * Holds the latest reading's older activities of each record, for the views that follow it (a
 * touch logged, an undo, a settings change) until the page is read again: in memory only, as
 * retention asks, the oldest record let go first. An empty list lets the record go.
 */
export function holdOlderShown(held: Map<string, Activity[]>, recordKey: string, older: Activity[]): void {
  held.delete(recordKey);
  if (older.length === 0) return;
  held.set(recordKey, older);
  const oldest = held.keys().next().value;
  if (held.size > HELD && oldest !== undefined) held.delete(oldest);
}
