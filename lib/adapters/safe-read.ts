import { type ActivityReading, activityReadingSchema } from '../schema/activity';
import { type NotRead, type ReadResult, readResultSchema } from '../schema/read-result';
import type { RecordRef } from '../schema/record';

/**
 * Runs an adapter's reading so that nothing escapes into the host page: a thrown error or an
 * invalid result becomes a typed `unreadable` result that says why.
 */
export function safeRead(ref: RecordRef, read: () => ReadResult): ReadResult {
  try {
    const parsed = readResultSchema.safeParse(read());
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    return unreadable(ref, `the page was read but gave an invalid ${issue?.path.join('.') || 'result'}`);
  } catch (error) {
    return unreadable(ref, `reading the page failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function unreadable(ref: RecordRef, reason: string, notRead: NotRead[] = []): ReadResult {
  return { ...ref, status: 'unreadable', reason, notRead };
}

/** Keeps the activities that validate; each one dropped is listed in `notRead`, the rest are kept. */
export function keepValidActivities(candidates: unknown[], notRead: NotRead[]): ActivityReading[] {
  const kept: ActivityReading[] = [];
  candidates.forEach((candidate, index) => {
    const parsed = activityReadingSchema.safeParse(candidate);
    if (parsed.success) kept.push(parsed.data);
    else notRead.push({ field: `activities[${index}]`, reason: parsed.error.issues[0]?.message ?? 'invalid activity' });
  });
  return kept;
}
