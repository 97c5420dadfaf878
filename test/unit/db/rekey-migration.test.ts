import { describe, expect, it } from 'vitest';
import { openTouchlineDb } from '../../../lib/db/open';
import { activityFromReading, mergeActivity } from '../../../lib/db/page-activities';
import { contactFromReading, dealFromReading } from '../../../lib/db/page-records';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Activity, ActivityReading } from '../../../lib/schema/activity';
import type { ReadOk } from '../../../lib/schema/read-result';
import { zonedDay } from '../../../lib/zoned-day';
import { viewOf } from './hand-pages';
import {
  contactKey,
  contactReading,
  dealKey,
  dealReading,
  dealWithContacts,
  freshName,
  NOW,
  TENANT,
  ZONE,
} from './world-readings';

/**
 * What versions 1 and 2 stored for a page without CRM ids: a key from record, type, title and the
 * day in the user's zone setting (no direction, no minute), and no time precision.
 */
function asVersion2(reading: ReadOk, item: ActivityReading, userZone: string): Activity {
  const owner = `hubspot:${TENANT}:${reading.kind}:${reading.recordId}`;
  const { sourceId: _id, ...withoutId } = item;
  const { timePrecision: _p, ...row } = activityFromReading(reading, owner, withoutId, ZONE);
  const day = row.timestamp ? zonedDay(row.timestamp, userZone) : `text:${row.dateText}`;
  return { ...row, key: `hubspot:${TENANT}:activity:h-v2|${owner}|${row.type}|${row.title}|${day}` };
}

const deal = dealWithContacts();
const ana = deal.contactIds[0] ?? 0;
const contactPages = deal.contactIds.map((id) => contactReading(id));
const dealPage = dealReading(deal.id, { showHistory: true });
// One call read twice, before and after the user moved their zone setting from Los Angeles to
// Berlin: 04:00Z is the 17th in one and the 18th in the other, so version 2 stored two rows.
const anaPage = contactPages[0] as ReadOk;
const doubleRead: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-18T04:00:00.000Z',
  title: 'Evening call',
  automated: false,
  outcome: 'unknown',
};
const readInLa = asVersion2(anaPage, doubleRead, 'America/Los_Angeles');
const readInBerlin = asVersion2(anaPage, { ...doubleRead, outcome: 'connected' }, 'Europe/Berlin');
// A page that printed only the date: stored at that day's 00:00 in Los Angeles.
const proposal: ActivityReading = {
  type: 'email',
  channel: 'email',
  direction: 'outbound',
  timestamp: '2026-11-16T08:00:00.000Z',
  title: 'Proposal sent',
  automated: false,
};

function logged(suffix: string, timestamp: string, mergedInto?: string): Activity {
  return {
    key: `touchline:${contactKey(ana)}:${timestamp}:${suffix}`,
    crm: 'hubspot',
    tenant: TENANT,
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp,
    title: 'Call logged in Touchline',
    automated: false,
    contactKeys: [contactKey(ana)],
    dealKeys: [],
    origin: 'logged-in-touchline',
    ...(mergedInto ? { mergedInto } : {}),
  };
}

async function version2Database() {
  const name = freshName();
  const v2 = await openTouchlineDb(name, { version: 2 });
  const byKey = new Map<string, Activity>();
  const pages: ReadOk[] = [...contactPages, dealPage];
  for (const page of pages) {
    for (const item of page.activities) {
      const row = asVersion2(page, item, ZONE);
      byKey.set(row.key, mergeActivity(byKey.get(row.key), row));
    }
  }
  for (const row of [readInLa, readInBerlin, asVersion2(anaPage, proposal, ZONE)]) byKey.set(row.key, row);
  const pageCall = [...byKey.values()].find((a) => a.type === 'call' && a.contactKeys.includes(contactKey(ana)));
  if (!pageCall?.timestamp) throw new Error('the demo contact has no call');
  const loggedRows = [
    logged('a', '2026-11-18T04:05:00.000Z', readInLa.key),
    logged('b', pageCall.timestamp, pageCall.key),
    logged('c', '2026-11-19T18:00:00.000Z'),
  ];
  const tx = v2.transaction(['contacts', 'deals', 'activities'], 'readwrite');
  for (const r of contactPages)
    await tx.objectStore('contacts').put(contactFromReading(r, contactKey(r.recordId), undefined, NOW));
  await tx.objectStore('deals').put(dealFromReading(dealPage, dealKey(deal.id), undefined, NOW));
  for (const row of [...byKey.values(), ...loggedRows]) await tx.objectStore('activities').put(row);
  await tx.done;
  const records = [...deal.contactIds.map(contactKey), dealKey(deal.id)];
  const counts = await touchCounts(v2, records);
  const before = await v2.getAll('activities');
  v2.close();
  return { name, before, counts, records, pageCall, loggedRows };
}

async function touchCounts(db: TouchlineDb, records: string[]) {
  return Promise.all(records.map(async (key) => (await viewOf(db, key)).touches));
}

/** The same touch whatever its key: where it was read, what, which way, when. */
const identity = (a: Activity) =>
  [a.origin, [...a.contactKeys].sort(), [...a.dealKeys].sort(), a.type, a.direction, a.title, a.timestamp].join('|');

describe('version 3: keys with direction and minute', () => {
  it('keeps every row, merges only the two copies of one touch, and every count stays the same', async () => {
    const { name, before, counts, records } = await version2Database();

    const db = await openTouchlineDb(name, { pageTimeZone: ZONE });

    const after = await db.getAll('activities');
    expect(after).toHaveLength(before.length - 1);
    const afterIdentities = new Set(after.map(identity));
    for (const row of before) expect(afterIdentities.has(identity(row)), identity(row)).toBe(true);
    expect(after.filter((a) => a.title === 'Evening call')).toMatchObject([
      { outcome: 'connected', timestamp: '2026-11-18T04:00:00.000Z', timePrecision: 'minute' },
    ]);
    expect(await touchCounts(db, records)).toEqual(counts);
  });

  it('keeps logged touches merged, pointing at the new keys of their page copies', async () => {
    const { name, pageCall, loggedRows } = await version2Database();

    const db = await openTouchlineDb(name, { pageTimeZone: ZONE });

    const [a, b, c] = await Promise.all(loggedRows.map((row) => db.get('activities', row.key)));
    const evening = (await db.getAll('activities')).find((row) => row.title === 'Evening call');
    expect(a?.mergedInto).toBe(evening?.key);
    const movedCall = await db.get('activities', b?.mergedInto ?? '');
    expect(movedCall && identity(movedCall)).toBe(identity(pageCall));
    expect(b?.mergedInto).not.toBe(pageCall.key);
    expect(c?.mergedInto).toBeUndefined();
  });

  it('re-keys a date-only row by its printed date, so reading the page again adds nothing', async () => {
    const { name } = await version2Database();
    const db = await openTouchlineDb(name, { pageTimeZone: ZONE });
    const rows = await db.getAll('activities');

    const summary = await saveReading(db, { ...anaPage, activities: [proposal, doubleRead] }, NOW, ZONE, ZONE);

    expect(summary).toMatchObject({ added: 0 });
    expect(await db.getAll('activities')).toHaveLength(rows.length);
    expect(rows.find((a) => a.title === 'Proposal sent')).toMatchObject({ timePrecision: 'day' });
  });
});
