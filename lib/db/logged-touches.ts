import type { IDBPTransaction } from 'idb';
import { loggedTitle } from '../export/logged-subject';
import { loggedTouchKey, recordKeyOf } from '../keys';
import type { LogTouchRequest } from '../messaging/protocol';
import { type Activity, activitySchema, type Channel } from '../schema/activity';
import { type Contact, contactSchema, type Deal, dealSchema } from '../schema/record';
import type { Settings } from '../schema/settings';
import { ownedBySetting, yourNameIn } from '../settings/your-name';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from './activity-packs';
import { invalid, notFound } from './errors';
import { loggedAlready } from './logged-again';
import { definedOnly, toUtcIso } from './objects';
import { type InvalidRow, parseRow, parseRows } from './rows';
import type { StoreName, TouchlineDb, TouchlineSchema } from './schema';
import { runTransaction } from './transaction';

type LogTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;

export const ORIGIN = 'logged-in-touchline';
/** Clocks drift a little between the page and the background; a touch "in the future" is a mistake. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Stores a touch the CRM did not capture, against a stored contact or deal. On a deal it is
 * stored against the deal, and with `contactKey` when the user said which of its contacts.
 * Its owner is the user's name in the record's CRM, where the settings have one. Its key holds the
 * click's id where the request has one. Logging a touch already logged (the same click sent again,
 * or within duplicate rule 3's window) returns the stored one (loggedAlready).
 */
export async function logTouch(
  db: TouchlineDb,
  input: LogTouchRequest,
  now: Date,
  settings: Pick<Settings, 'yourNames'> = { yourNames: {} },
  nonce = crypto.randomUUID(),
) {
  const timestamp = toUtcIso(input.timestamp ?? now.toISOString());
  checkNotFuture(timestamp, now);
  return runTransaction(db, ['contacts', 'deals', ...ACTIVITY_WRITE_STORES], 'readwrite', 'save', async (tx) => {
    const record = await storedRecord(tx, input.recordKey);
    const touch: Activity = definedOnly({
      key: loggedTouchKey(record.key, timestamp, input.logId ?? nonce),
      crm: record.crm,
      tenant: record.tenant,
      ...described(input.channel),
      direction: input.direction ?? 'outbound',
      timestamp,
      ...ownedBySetting(yourNameIn(settings, record.crm)),
      automated: false,
      outcome: input.outcome,
      note: input.note,
      contactKeys: contactKeysFor(record, input.contactKey),
      dealKeys: record.kind === 'deal' ? [record.key] : [],
      origin: ORIGIN,
      updatedAt: now.toISOString(),
      loggedAt: now.toISOString(),
    }) as Activity;
    const again = await loggedAlready(tx, record.key, { ...touch, timestamp });
    if (again) return again;
    await tx.objectStore('activities').add(touch);
    await updateActivityPacks(tx, [], [touch]);
    return touch;
  });
}

/** Every logged touch, oldest first, for export to the CRM (merged ones included, marked). */
export function listLoggedTouches(db: TouchlineDb) {
  return runTransaction(db, ['activities'], 'readonly', 'read', async (tx) => {
    const invalidRows: InvalidRow[] = [];
    const rows = await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN);
    const touches = parseRows(activitySchema, 'activities', rows, invalidRows);
    touches.sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? '') || a.key.localeCompare(b.key));
    return { touches, invalid: invalidRows };
  });
}

/** The record a logged touch was logged on: its deal if any, else its contact. */
export function owningRecordKey(touch: Activity): string | undefined {
  return touch.dealKeys[0] ?? touch.contactKeys[0];
}

async function storedRecord(tx: LogTx, key: string): Promise<Contact | Deal> {
  const [contactRow, dealRow] = await Promise.all([
    tx.objectStore('contacts').get(key),
    tx.objectStore('deals').get(key),
  ]);
  const record = parseRow(contactSchema, 'contacts', contactRow, []) ?? parseRow(dealSchema, 'deals', dealRow, []);
  if (!record) throw notFound('Touchline has not read this record yet. Open its page in the CRM, then log the touch.');
  return record;
}

/** Type, channel and title of a touch logged on a channel. */
export function described(channel: Channel) {
  return { type: channel, channel, title: loggedTitle(channel) };
}

function contactKeysFor(record: Contact | Deal, contactKey: string | undefined): string[] {
  if (record.kind === 'contact') {
    if (contactKey && contactKey !== record.key) throw invalid('A touch logged on a contact is with that contact.');
    return [record.key];
  }
  if (!contactKey) return [];
  const onDeal = record.contacts.map((c) => recordKeyOf(record.crm, record.tenant, 'contact', c.id));
  if (!onDeal.includes(contactKey))
    throw invalid('That contact is not on this deal, so the touch cannot be logged with them.');
  return [contactKey];
}

export function checkNotFuture(timestamp: string, now: Date): void {
  if (Date.parse(timestamp) > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw invalid('A touch cannot be logged in the future: pick a time that has passed.');
  }
}
