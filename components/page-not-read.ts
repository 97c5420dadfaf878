import type { NotRead } from '../lib/schema/read-result';

/** The figures' reason when the timeline was not read: a number there would be a guess. */
export const ACTIVITIES_NOT_READ = 'activities-not-read';

/** Adapters name a record's fields with or without `record.` ("contacts", "record.contacts"). */
function reasonFor(notRead: readonly NotRead[], field: string): string | undefined {
  return notRead.find((item) => item.field === field || item.field === `record.${field}`)?.reason;
}

/** Why this page's activity timeline was not read (or not all of it), when it was not. */
export function timelineNotRead(notRead: readonly NotRead[]): string | undefined {
  return reasonFor(notRead, 'activities');
}

/** Why a deal page's associated contacts were not read, when they were not. */
export function contactsNotRead(notRead: readonly NotRead[]): string | undefined {
  return reasonFor(notRead, 'contacts');
}
