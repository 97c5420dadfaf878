import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import {
  contactKey,
  contactReading,
  dealKey,
  dealReading,
  dealWithContacts,
  freshDb,
  NOW,
  workedContact,
  ZONE,
} from '../db/world-readings';

export const CONTACT = workedContact();
export const DEAL = dealWithContacts();
const MOBILE_CALL_AT = '2026-11-18T19:40:00.000Z';

const mobileCall: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: MOBILE_CALL_AT,
  title: 'Call from mobile',
  automated: false,
  outcome: 'connected',
  sourceId: 'call-from-mobile-sync',
};

/**
 * A cache as a rep leaves it: a contact and a deal read from their pages (the deal's page shows
 * no history, so its stage entry is a first sighting), a touch logged on the contact that the
 * page later showed (merged), and one logged on the deal that it never did.
 */
export async function workedCache(): Promise<TouchlineDb> {
  const db = await freshDb();
  await saveReading(db, contactReading(CONTACT), NOW, ZONE);
  await saveReading(db, dealReading(DEAL.id), NOW, ZONE);
  await logTouch(db, { recordKey: contactKey(CONTACT), channel: 'call', timestamp: '2026-11-18T17:05:00.000Z' }, NOW);
  await logTouch(db, { recordKey: dealKey(DEAL.id), channel: 'social', note: 'InMail' }, NOW);
  const later = contactReading(CONTACT);
  later.activities.push(mobileCall);
  await saveReading(db, later, NOW, ZONE);
  return db;
}

/** Every row of every store, by key: the same cache compares equal whatever order rows were written in. */
export async function storedRows(db: TouchlineDb) {
  const sorted = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
  return {
    contacts: sorted(await db.getAll('contacts')),
    deals: sorted(await db.getAll('deals')),
    activities: sorted(await db.getAll('activities')),
    stageSummaries: await db.getAll('stageSummaries'),
  };
}

/** A backup file as the user picks it. */
export function fileOf(lines: readonly unknown[], raw?: string): File {
  const text = raw ?? lines.map((line) => `${JSON.stringify(line)}\n`).join('');
  return new File([text], 'backup.jsonl');
}
