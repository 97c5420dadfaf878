import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { contactReadSchema, dealReadSchema, type NotRead } from '../../../lib/schema/read-result';
import { importDeals } from '../csv-import/deal-fixture';
import { freshDb } from '../csv-import/import-fixture';

/**
 * The panel's caveats for a timeline its page showed in part (lib/metrics/timeline-read-in-part.ts)
 * come from the reading's notRead, which is not stored: the team page, built from stored rows, stated
 * gone cold and a deal's last touch as facts. Now the stored contact or deal keeps whether its newest
 * reading may have missed the newest touches (newestTouchesMayBeUnread): a filter or fold (an
 * `activities` entry without `part: 'older'`) sets it; a later reading of the page that read the
 * timeline whole, or left only older items behind "Load more" (`part: 'older'`), clears it. Readings
 * older than the stored one, imports and logged touches read no newer timeline: they leave it.
 *
 * Pages as crm-evidence-2.md describes them: HubSpot's timeline filter tabs (`timeline-tab-filter-*`,
 * "Emails" left on) and "Load More Past Activities"; Pipedrive's History filter chips
 * (`filter-button-*`, "Notes" pressed).
 */
const CONTACT_KEY = 'hubspot:4410982:contact:5101';
const DEAL_KEY = 'pipedrive:acme:deal:812';
const MON = new Date('2026-11-16T09:00:00Z');
const WED = new Date('2026-11-18T09:00:00Z');
const FRI = new Date('2026-11-20T15:00:00Z');
const ZONE = 'Europe/Berlin';

const FILTERED: NotRead = {
  field: 'activities',
  reason: 'The timeline is filtered to Emails: other items are not shown.',
};
/** The feed loaded back to the Pricing email of 20 Oct (NotRead.olderThan, as every reader fills it in). */
const OLDER_BEHIND_LOAD_MORE: NotRead = {
  field: 'activities',
  part: 'older',
  olderThan: '2026-10-20T08:00:00.000Z',
  reason: 'Older activities are behind "Load More Past Activities".',
};

function contactPage(notRead: NotRead[]) {
  return contactReadSchema.parse({
    crm: 'hubspot',
    tenant: '4410982',
    kind: 'contact',
    recordId: '5101',
    status: 'read',
    record: { name: 'Priya Natarajan', owner: 'Alex Morgan' },
    activities: [
      {
        type: 'email',
        channel: 'email',
        direction: 'outbound',
        timestamp: '2026-10-20T08:00:00.000Z',
        timePrecision: 'minute',
        title: 'Pricing',
        owner: 'Alex Morgan',
        automated: false,
      },
    ],
    crmFigures: {},
    notRead,
  });
}

function dealPage(notRead: NotRead[]) {
  return dealReadSchema.parse({
    crm: 'pipedrive',
    tenant: 'acme',
    kind: 'deal',
    recordId: '812',
    status: 'read',
    record: {
      name: 'Harbor Freight renewal',
      owner: 'Dana Reyes',
      pipeline: 'Renewals',
      stage: 'Negotiation',
      stageHistory: [{ stage: 'Negotiation', enteredAt: '2026-11-10T09:00:00.000Z' }],
      contacts: [{ id: '301', name: 'Lena Ortiz' }],
    },
    activities: [],
    crmFigures: {},
    notRead,
  });
}

async function contactMark(db: TouchlineDb) {
  return (await db.get('contacts', CONTACT_KEY))?.newestTouchesMayBeUnread;
}

async function dealMark(db: TouchlineDb) {
  return (await db.get('deals', DEAL_KEY))?.newestTouchesMayBeUnread;
}

describe('a record whose page showed its timeline filtered or folded', () => {
  it('is marked on the stored contact and deal, whichever way the adapter names the field', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([FILTERED]), WED, ZONE, ZONE);
    await saveReading(
      db,
      dealPage([
        { field: 'record.activities', reason: 'The history is filtered to Notes: calls and mail are not shown.' },
      ]),
      WED,
      ZONE,
      ZONE,
    );
    expect(await contactMark(db)).toBe(true);
    expect(await dealMark(db)).toBe(true);
  });

  it('is not marked when only older items were not loaded: the newest touch was read', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([OLDER_BEHIND_LOAD_MORE]), WED, ZONE, ZONE);
    await saveReading(db, dealPage([]), WED, ZONE, ZONE);
    expect(await contactMark(db)).toBeUndefined();
    expect(await dealMark(db)).toBeUndefined();
  });

  it('is marked when a filter is on beside the "Load more" button: the filter may hide newer items', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([OLDER_BEHIND_LOAD_MORE, FILTERED]), WED, ZONE, ZONE);
    expect(await contactMark(db)).toBe(true);
  });
});

describe('the mark after a later reading of the same page', () => {
  it('goes when the later reading read the timeline whole', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([FILTERED]), WED, ZONE, ZONE);
    await saveReading(db, dealPage([FILTERED]), WED, ZONE, ZONE);
    await saveReading(db, contactPage([]), FRI, ZONE, ZONE);
    await saveReading(db, dealPage([]), FRI, ZONE, ZONE);
    expect(await contactMark(db)).toBeUndefined();
    expect(await dealMark(db)).toBeUndefined();
  });

  it('goes when the later reading left only older items behind "Load more"', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([FILTERED]), WED, ZONE, ZONE);
    await saveReading(db, contactPage([OLDER_BEHIND_LOAD_MORE]), FRI, ZONE, ZONE);
    expect(await contactMark(db)).toBeUndefined();
  });

  it('comes when the later reading is the filtered one', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([]), WED, ZONE, ZONE);
    await saveReading(db, contactPage([FILTERED]), FRI, ZONE, ZONE);
    expect(await contactMark(db)).toBe(true);
  });

  it('is neither set nor cleared by a reading older than the stored one (a tab read again late)', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([]), WED, ZONE, ZONE);
    await saveReading(db, contactPage([FILTERED]), MON, ZONE, ZONE);
    expect(await contactMark(db)).toBeUndefined();
    await saveReading(db, dealPage([FILTERED]), WED, ZONE, ZONE);
    await saveReading(db, dealPage([]), MON, ZONE, ZONE);
    expect(await dealMark(db)).toBe(true);
  });
});

describe('what is not a reading of the page', () => {
  it('leaves the mark: a touch logged in Touchline, a deal export imported', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage([FILTERED]), WED, ZONE, ZONE);
    await saveReading(db, dealPage([FILTERED]), WED, ZONE, ZONE);
    await logTouch(db, { recordKey: CONTACT_KEY, channel: 'call', timestamp: '2026-11-19T10:00:00.000Z' }, FRI);
    await logTouch(db, { recordKey: DEAL_KEY, channel: 'call', timestamp: '2026-11-19T11:00:00.000Z' }, FRI);
    await importDeals(
      db,
      'pipedrive',
      'acme',
      [
        'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Value,Deal - Currency,Deal - Owner,Deal - Status',
        '812,Harbor Freight renewal,Negotiation,Renewals,"18,000",USD,Dana Reyes,open',
      ].join('\n'),
    );
    expect(await contactMark(db)).toBe(true);
    expect(await dealMark(db)).toBe(true);
  });
});
