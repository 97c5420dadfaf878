import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { contactReadSchema, dealReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { importDeals } from '../csv-import/deal-fixture';
import { freshDb } from '../csv-import/import-fixture';

/**
 * A HubSpot contact or deal page whose timeline shows its newest items (notes of 10–18 Nov) above
 * "Load more" (crm-evidence-2.md: newest first; the reader reports `part: 'older'` with `olderThan`,
 * the instant by which the oldest item loaded had surely happened). Every item not loaded is older
 * than 10 Nov: whether one may be a touch newer than the record's last touch depends on every touch
 * known (one read on an earlier visit, one logged since), which the panel weighs from the reading
 * (newestTouchRead). The stored record kept nothing of it, so the team page could not weigh it; now
 * the newest reading keeps its bound (newestReadingLoadedBackTo). A "Load more" that gives no bound
 * (no dated item loaded) vouches for nothing and marks the record as a filter does.
 */
const CONTACT_KEY = 'hubspot:4410982:contact:5101';
const DEAL_KEY = 'hubspot:4410982:deal:9120';
const MON = new Date('2026-11-16T09:00:00Z');
const WED = new Date('2026-11-18T09:00:00Z');
const FRI = new Date('2026-11-20T15:00:00Z');
const ZONE = 'Europe/Berlin';
const LOADED_BACK_TO = '2026-11-10T09:00:00.000Z';

const LOAD_MORE: NotRead = {
  field: 'activities',
  part: 'older',
  olderThan: LOADED_BACK_TO,
  reason: 'older timeline items are behind a "Load more" control',
};
const FILTERED: NotRead = {
  field: 'activities',
  reason: 'The timeline is filtered to Emails: other items are not shown.',
};

const note = (timestamp: string, title: string) =>
  ({
    type: 'note',
    direction: 'unknown',
    timestamp,
    timePrecision: 'minute',
    title,
    owner: 'Alex Morgan',
    automated: false,
  }) as const;

const NOTES = [
  note('2026-11-18T08:30:00.000Z', 'Procurement wants the pilot price held.'),
  note('2026-11-13T15:10:00.000Z', 'Depot list confirmed.'),
  note(LOADED_BACK_TO, 'Budget owner is Priya.'),
];

function contactPage(notRead: NotRead[]) {
  return contactReadSchema.parse({
    crm: 'hubspot',
    tenant: '4410982',
    kind: 'contact',
    recordId: '5101',
    status: 'read',
    record: { name: 'Priya Natarajan', owner: 'Alex Morgan' },
    activities: NOTES,
    crmFigures: {},
    notRead,
  });
}

function dealPage(notRead: NotRead[]) {
  return dealReadSchema.parse({
    crm: 'hubspot',
    tenant: '4410982',
    kind: 'deal',
    recordId: '9120',
    status: 'read',
    record: {
      name: 'Harbor Freight renewal',
      owner: 'Alex Morgan',
      pipeline: 'Sales Pipeline',
      stage: 'Contract Sent',
      stageHistory: [{ stage: 'Contract Sent', enteredAt: '2026-11-02T09:00:00.000Z' }],
      contacts: [{ id: '5101', name: 'Priya Natarajan' }],
    },
    activities: NOTES,
    crmFigures: {},
    notRead,
  });
}

async function stored(db: TouchlineDb) {
  const contact = await db.get('contacts', CONTACT_KEY);
  const deal = await db.get('deals', DEAL_KEY);
  return {
    contact: [contact?.newestReadingLoadedBackTo, contact?.newestTouchesMayBeUnread],
    deal: [deal?.newestReadingLoadedBackTo, deal?.newestTouchesMayBeUnread],
  };
}

async function readBoth(db: TouchlineDb, notRead: NotRead[], at: Date) {
  await saveReading(db, contactPage(notRead), at, ZONE, ZONE);
  await saveReading(db, dealPage(notRead), at, ZONE, ZONE);
}

const BOUND_ONLY = [LOADED_BACK_TO, undefined];
const NOTHING = [undefined, undefined];
const MARK_ONLY = [undefined, true];

describe('a reading that left only older items behind "Load more"', () => {
  it('keeps on the stored contact and deal how far back the feed was loaded, and no mark', async () => {
    const db = await freshDb();
    await readBoth(db, [LOAD_MORE], WED);
    expect(await stored(db)).toEqual({ contact: BOUND_ONLY, deal: BOUND_ONLY });
  });

  it('keeps the latest bound when the page reports two feeds loaded back to different items', async () => {
    const db = await freshDb();
    const emails: NotRead = { ...LOAD_MORE, olderThan: '2026-11-02T10:00:00.000Z' };
    await readBoth(db, [emails, LOAD_MORE], WED);
    expect(await stored(db)).toEqual({ contact: BOUND_ONLY, deal: BOUND_ONLY });
  });

  it('marks the record when the page gave no bound: a "Load more" with no dated item vouches for nothing', async () => {
    const db = await freshDb();
    const { olderThan: _, ...unbounded } = LOAD_MORE;
    await readBoth(db, [unbounded], WED);
    expect(await stored(db)).toEqual({ contact: MARK_ONLY, deal: MARK_ONLY });
  });
});

describe('the bound after a later reading of the same page', () => {
  it('goes when the later reading read the timeline whole', async () => {
    const db = await freshDb();
    await readBoth(db, [LOAD_MORE], WED);
    expect(await stored(db)).toEqual({ contact: BOUND_ONLY, deal: BOUND_ONLY });
    await readBoth(db, [], FRI);
    expect(await stored(db)).toEqual({ contact: NOTHING, deal: NOTHING });
  });

  it('goes when the later reading was filtered: the mark then says more than any bound', async () => {
    const db = await freshDb();
    await readBoth(db, [LOAD_MORE], WED);
    expect(await stored(db)).toEqual({ contact: BOUND_ONLY, deal: BOUND_ONLY });
    await readBoth(db, [FILTERED], FRI);
    expect(await stored(db)).toEqual({ contact: MARK_ONLY, deal: MARK_ONLY });
  });

  it('is neither set nor cleared by a reading older than the stored one (a tab read again late)', async () => {
    const db = await freshDb();
    await readBoth(db, [LOAD_MORE], WED);
    await readBoth(db, [], MON);
    expect(await stored(db)).toEqual({ contact: BOUND_ONLY, deal: BOUND_ONLY });
    const other = await freshDb();
    await readBoth(other, [], WED);
    await readBoth(other, [LOAD_MORE], MON);
    expect(await stored(other)).toEqual({ contact: NOTHING, deal: NOTHING });
  });
});

describe('what is not a reading of the page', () => {
  it('leaves the bound: a touch logged in Touchline, a deal export imported', async () => {
    const db = await freshDb();
    await readBoth(db, [LOAD_MORE], WED);
    await logTouch(db, { recordKey: CONTACT_KEY, channel: 'call', timestamp: '2026-11-19T10:00:00.000Z' }, FRI);
    await logTouch(db, { recordKey: DEAL_KEY, channel: 'call', timestamp: '2026-11-19T11:00:00.000Z' }, FRI);
    const imported = await importDeals(
      db,
      'hubspot',
      '4410982',
      [
        'Record ID,Deal Name,Deal Stage,Pipeline,Amount,Deal owner',
        '9120,Harbor Freight renewal,Contract Sent,Sales Pipeline,18000,Alex Morgan',
      ].join('\n'),
    );
    expect(imported.existing).toBe(1);
    expect(await stored(db)).toEqual({ contact: BOUND_ONLY, deal: BOUND_ONLY });
  });
});
