import type { ActivityReading } from '../schema/activity';
import type { NotRead, ReadResult } from '../schema/read-result';
import type { RecordRef } from '../schema/record';

/**
 * Runs an adapter's reading so that nothing escapes into the host page: a thrown error becomes a
 * typed `unreadable` result that says why. The result is not re-checked on the page (issue 11:
 * the content script carries no zod); the background validates every reading on arrival.
 */
export function safeRead(ref: RecordRef, read: () => ReadResult): ReadResult {
  try {
    return read();
  } catch (error) {
    return failedReading(ref, error);
  }
}

/** What a reading that threw becomes. */
export function failedReading(ref: RecordRef, error: unknown): ReadResult {
  return unreadable(ref, `reading the page failed: ${error instanceof Error ? error.message : String(error)}`);
}

export function unreadable(ref: RecordRef, reason: string, notRead: NotRead[] = []): ReadResult {
  return { ...ref, status: 'unreadable', reason, notRead };
}

/**
 * An activity reading's fields: what a reader's candidate carries beyond them stays on the page.
 * A record of every key, so a field added to the schema cannot be left off by mistake.
 */
const READING_FIELDS = Object.keys({
  type: true,
  channel: true,
  direction: true,
  directionPresumed: true,
  timestamp: true,
  timePrecision: true,
  relativeTime: true,
  dateText: true,
  title: true,
  owner: true,
  byViewer: true,
  automated: true,
  outcome: true,
  planned: true,
  sourceId: true,
  contactIds: true,
} satisfies Record<keyof ActivityReading, true>);

/**
 * The candidates as activity readings (their own fields only). An activity the background cannot
 * use is listed in the reading's `notRead` on arrival (lib/messaging/arriving-reading.ts), and
 * the rest are kept: `notRead` is not written here.
 */
export function keepValidActivities(candidates: readonly object[], _notRead: NotRead[]): ActivityReading[] {
  return candidates.map((candidate) => {
    const fields: Record<string, unknown> = {};
    for (const field of READING_FIELDS) {
      const value = (candidate as Record<string, unknown>)[field];
      if (value !== undefined) fields[field] = value;
    }
    return fields as ActivityReading;
  });
}
