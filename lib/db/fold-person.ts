import { activityKey, recordKeyOf } from '../keys';
import type { Activity } from '../schema/activity';
import { type Contact, contactSchema, type Deal } from '../schema/record';
import {
  dealsOfTenant,
  deleteActivity,
  loggedTouches,
  moveLogged,
  putActivity,
  rowsOfRecord,
  type Working,
} from './batch-work';
import { foldUndoMarks } from './folded-undo-marks';
import { ORIGIN } from './logged-touches';
import { sameJson } from './objects';
import { mergeCopies } from './rekey-migration';
import { parseRow } from './rows';
import { ownerOf } from './same-day-row';

/** Fields of the record folded in that the surviving record takes where it has none. */
const FILLED_FIELDS = ['email', 'phone', 'company', 'createdAt'] as const;

/**
 * Folds the stored contact `from` into `to`, the same person under another CRM id (a HubSpot
 * contact merged into another, a Salesforce Lead converted into a Contact), inside the batch:
 * every row naming `from` names `to` instead, and a row keyed by its record (no CRM id) takes the
 * key `to`'s page gives the same item, so a copy already stored there and this one are one row
 * (mergeCopies, as the re-key migration merges them); logged touches merged into a moved row
 * follow it. No touch is lost: a row only `from`'s page showed moves. The deals listing `from`
 * list `to` (once). The record `from` is removed, after `to` took the email, phone, company and
 * creation date it lacks: the CRM keeps one record for the person, so Touchline keeps one, and
 * the team page neither counts two active contacts nor lists the old one gone cold. The undo marks of
 * touches logged on `from` are erased with `to` from now on (folded-undo-marks.ts).
 * `pageZone` is the zone the reading is read in, which keys a date-only item.
 */
export async function foldPerson(work: Working, from: string, to: string, pageZone: string): Promise<void> {
  for (const { key } of await rowsOfRecord(work, from)) {
    // As the batch has it now: an earlier move may have changed the row (a logged touch pointed at
    // its page copy's new key by moveLogged).
    const row = work.activities.get(key);
    if (row) await moveRow(work, row, from, to, pageZone);
  }
  await foldDeals(work, from, to);
  const old = await contactOf(work, from);
  const current = work.records.get(to);
  if (old && current?.kind === 'contact') {
    const filled = { ...current };
    for (const field of FILLED_FIELDS)
      if (filled[field] === undefined && old[field] !== undefined) filled[field] = old[field];
    if (!sameJson(filled, current)) {
      work.records.set(to, filled);
      work.changedRecords.set(to, filled);
    }
  }
  work.foldedRows?.set(from, 'existing');
  work.records.set(from, undefined);
  work.changedRecords.delete(from);
  work.deletedContacts.add(from);
  await foldUndoMarks(work.tx, from, to);
}

async function moveRow(work: Working, row: Activity, from: string, to: string, pageZone: string): Promise<void> {
  const moved: Activity = { ...row, contactKeys: renamed(row.contactKeys, from, to) };
  if (row.contactIds) moved.contactIds = renamed(row.contactIds, idOf(from), idOf(to));
  if (row.origin !== ORIGIN && !row.sourceId && ownerOf(moved) === to) {
    // A counted item's ordinal (countedSlot) stays: two such items of one day are two touches.
    const ordinal = /:\d+$/.exec(row.key)?.[0] ?? '';
    moved.key = activityKey(row.crm, row.tenant, to, row, pageZone) + ordinal;
  }
  if (moved.key === row.key) {
    putActivity(work, moved);
    return;
  }
  await rowsOfRecord(work, to);
  const other = work.activities.get(moved.key);
  const merged = other ? mergeCopies(other, moved) : moved;
  work.foldedRows?.set(row.key, !other ? 'added' : sameJson(merged, other) ? 'existing' : 'updated');
  deleteActivity(work, row.key);
  putActivity(work, merged);
  moveLogged(work, await loggedTouches(work), row.key, moved.key);
}

/** The deals listing `from` among their contacts list `to` there instead, once. */
async function foldDeals(work: Working, from: string, to: string): Promise<void> {
  const [crm, tenant] = from.split(':') as [Deal['crm'], string];
  for (const deal of await dealsOfTenant(work, crm, tenant)) {
    const keyOf = (id: string) => recordKeyOf(deal.crm, deal.tenant, 'contact', id);
    if (!deal.contacts.some((c) => keyOf(c.id) === from)) continue;
    const contacts = deal.contacts
      .map((c) => (keyOf(c.id) === from ? { ...c, id: idOf(to) } : c))
      .filter((c, i, all) => all.findIndex((other) => other.id === c.id) === i);
    const next = { ...deal, contacts };
    work.records.set(deal.key, next);
    work.changedRecords.set(deal.key, next);
  }
}

/** The stored contact `key`, as the batch has it. */
export async function contactOf(work: Working, key: string): Promise<Contact | undefined> {
  if (!work.records.has(key)) {
    const row = await work.tx.objectStore('contacts').get(key);
    work.records.set(key, parseRow(contactSchema, 'contacts', row, work.invalid, key));
  }
  const record = work.records.get(key);
  return record?.kind === 'contact' ? record : undefined;
}

/** The CRM id a record key ends with (lib/keys.ts recordKeyOf). */
function idOf(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

function renamed(keys: readonly string[], from: string, to: string): string[] {
  return [...new Set(keys.map((key) => (key === from ? to : key)))].sort();
}
