import { ORIGIN } from '../db/logged-touches';
import { sameJson } from '../db/objects';
import { isPageTouch, type MergeClock } from '../db/page-touch';
import { type Activity, activitySchema } from '../schema/activity';
import { type Contact, contactSchema, type Deal, dealSchema } from '../schema/record';
import { backupRowSchema, type RecordRow } from './format';
import { laterSighting } from './later-sighting';
import { datesLaterStay } from './later-stay';
import { newerRecordOver } from './newer-record';
import { lastReadBefore, type ReadsBefore } from './reads-before';
import { unknownsFilled } from './unknowns-filled';

export type Decision = 'add' | 'replace' | 'keep';

/**
 * What an imported row does to the stored row with its key (decisions.md "Backups"): a new key
 * is added; a newer copy (later `lastReadAt` for records, `updatedAt` for logged touches)
 * replaces the stored one; an older or equal copy changes nothing, so importing a file twice
 * changes nothing and a logged touch is never overwritten by an older copy. Two deals known only
 * from CRM exports are read at the same time (the epoch): the one whose history dates a later stay
 * is the newer (datesLaterStay). Page activities have no edit time: the stored copy stays (see
 * activityToWrite for a later sighting). A stored row that no longer parses gives way to a valid one.
 */
export function decide(stored: unknown, incoming: RecordRow): Decision {
  if (stored === undefined) return 'add';
  const parsed = backupRowSchema.safeParse({ store: incoming.store, value: stored });
  if (!parsed.success || parsed.data.store === 'settings') return 'replace';
  const before = editedAt(parsed.data as RecordRow);
  const after = editedAt(incoming);
  if (after !== undefined && (before === undefined || after > before)) return 'replace';
  if (after !== undefined && after === before && datesNewer(parsed.data as RecordRow, incoming)) return 'replace';
  return 'keep';
}

function editedAt(row: RecordRow): number | undefined {
  const at =
    row.store === 'activities'
      ? row.value.updatedAt
      : row.store === 'undoneTouches'
        ? row.value.undoneAt
        : row.value.lastReadAt;
  return at === undefined ? undefined : Date.parse(at);
}

/**
 * A copy as old as the stored one by its time that is the newer all the same: the same edit of a
 * logged touch, which a page reading merged only in the file's copy, or an export-only deal whose
 * history dates a later stay.
 */
function datesNewer(stored: RecordRow, incoming: RecordRow): boolean {
  if (stored.store === 'deals' && incoming.store === 'deals') return datesLaterStay(incoming.value, stored.value);
  return (
    stored.store === 'activities' &&
    incoming.store === 'activities' &&
    !stored.value.mergedInto &&
    incoming.value.mergedInto !== undefined
  );
}

/**
 * What to do with an imported row, and the row to write. A contact's or deal's copy is the newer
 * copy's fields over the older's (newerRecordOver); a kept copy is written again when the other
 * adds to it. `reads` says when this cache last read each record before the import (laterSighting).
 */
export function toWrite(
  stored: unknown,
  incoming: RecordRow,
  clock: MergeClock,
  reads: ReadsBefore = new Map(),
): { decision: Decision; row: RecordRow } {
  const decision = decide(stored, incoming);
  if (decision === 'add') return { decision, row: incoming };
  if (incoming.store === 'activities') return activityToWrite(stored, incoming.value, decision, clock, reads);
  if (incoming.store === 'contacts') {
    const kept = contactSchema.safeParse(stored);
    if (!kept.success) return { decision, row: incoming };
    return recordToWrite(kept.data, incoming.value, decision, (value) => ({ store: 'contacts', value }));
  }
  if (incoming.store === 'deals') {
    const kept = dealSchema.safeParse(stored);
    if (!kept.success) return { decision, row: incoming };
    return recordToWrite(kept.data, incoming.value, decision, (value) => ({ store: 'deals', value }));
  }
  return { decision, row: incoming };
}

function recordToWrite<T extends Contact | Deal>(
  kept: T,
  incoming: T,
  decision: Decision,
  rowOf: (value: T) => RecordRow,
): { decision: Decision; row: RecordRow } {
  const value = decision === 'replace' ? newerRecordOver(incoming, kept) : newerRecordOver(kept, incoming);
  if (decision === 'keep' && JSON.stringify(value) === JSON.stringify(kept)) return { decision, row: rowOf(incoming) };
  return { decision: 'replace', row: rowOf(value) };
}

/**
 * An activity's copy. A logged touch edited elsewhere keeps the page touch this cache merged it
 * with while its channel, direction and time stay as they were: the other browser never saw that
 * page copy, and dropping the merge would count the touch twice. One moved to another direction
 * leaves it, as the edit did there (updateLoggedTouch: a logged touch never merges with one of the
 * opposite direction); the page copy gives back its fields (userFieldsOnMergedCopies). A page row
 * keeps the earliest first sighting as a touch of either copy (metrics.md "Logged in Touchline":
 * wherever Touchline first saw it); the file's counts only if its row was a touch when first seen
 * (`firstSeenAt` moves to when an item became one, see save-batch.ts becameTouch; a meeting listed
 * as upcoming was no touch then); a logged touch merged with it by a later first sighting is
 * unmerged once the rows are in (mergesSeenBeforeLogged).
 * A page row the other cache first saw after this one last read it is merged in as a later
 * sighting (laterSighting); a row that may be older (the other cache's reading of the record need
 * not have shown it) gives only what the stored row does not know (unknownsFilled).
 */
function activityToWrite(
  stored: unknown,
  incoming: Activity,
  decision: Decision,
  clock: MergeClock,
  reads: ReadsBefore,
): { decision: Decision; row: RecordRow } {
  const kept = activitySchema.safeParse(stored);
  if (!kept.success) return { decision, row: { store: 'activities', value: incoming } };
  const old = kept.data;
  if (decision === 'replace') {
    const stays =
      old.mergedInto &&
      !incoming.mergedInto &&
      old.channel === incoming.channel &&
      old.direction === incoming.direction &&
      old.timestamp === incoming.timestamp;
    const value = stays ? { ...incoming, mergedInto: old.mergedInto } : incoming;
    return { decision, row: { store: 'activities', value } };
  }
  if (old.origin === ORIGIN || incoming.origin === ORIGIN)
    return { decision, row: { store: 'activities', value: incoming } };
  const later = laterSighting(old, incoming, lastReadBefore(reads, old), clock);
  let value = later ?? unknownsFilled(old, incoming, clock.pageTimeZone);
  if (seenEarlierAsTouch(incoming, old, clock)) value = { ...value, firstSeenAt: incoming.firstSeenAt };
  if (sameJson(value, old)) return { decision, row: { store: 'activities', value: incoming } };
  return { decision: 'replace', row: { store: 'activities', value } };
}

function seenEarlierAsTouch(incoming: Activity, old: Activity, clock: MergeClock): boolean {
  if (!incoming.firstSeenAt || !old.firstSeenAt) return false;
  const seen = new Date(incoming.firstSeenAt);
  return seen.getTime() < Date.parse(old.firstSeenAt) && isPageTouch(incoming, { ...clock, now: seen });
}
