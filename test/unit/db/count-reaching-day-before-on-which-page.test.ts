import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema, dealReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from './world-readings';

/**
 * Calls with Jordan titled "Discovery call", no CRM ids unless said, in UTC (the zone of the user,
 * the browser and the test). At Fri 20 Nov 03:05 a page counts a call "3 hours ago": 00:05 Fri,
 * which stands for up to an hour before, so Thursday too (lib/db/time-precision.ts countedDays).
 * lib/db/same-day-row.ts settles which sightings on one page are one call; across a contact's page
 * and its deal's page the panel's duplicate rules do (metrics.md "Duplicate" rule 3: a date-only
 * copy is the same-day copy; decisions.md: merged into the one same-day row). By hand, below.
 */
const Z = 'UTC';
const AT_0305 = new Date('2026-11-20T03:05:00.000Z');
const COUNTED_0005 = '2026-11-20T00:05:00.000Z';
const NOV_19 = '2026-11-19T00:00:00.000Z';
const NOV_20 = '2026-11-20T00:00:00.000Z';

const call = (extra: Partial<ActivityReading>): ActivityReading => ({
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  title: 'Discovery call',
  automated: false,
  ...extra,
});
const counted = (extra: Partial<ActivityReading> = {}) =>
  call({ timestamp: COUNTED_0005, timePrecision: 'minute', relativeTime: true, ...extra });
const dated = (day: string) => call({ timestamp: day, timePrecision: 'day' });

const contactPage = (activities: ActivityReading[]) =>
  contactReadSchema.parse({
    crm: 'hubspot',
    tenant: '123',
    kind: 'contact',
    recordId: '501',
    status: 'read',
    record: { name: 'Jordan Lee' },
    activities,
    crmFigures: {},
    notRead: [],
  });
const dealPage = (activities: ActivityReading[]) =>
  dealReadSchema.parse({
    crm: 'hubspot',
    tenant: '123',
    kind: 'deal',
    recordId: '777',
    status: 'read',
    record: { name: 'Renewal', stage: 'Negotiation', stageHistory: [], contacts: [{ id: '501', name: 'Jordan Lee' }] },
    activities: activities.map((item) => ({ ...item, contactIds: ['501'] })),
    crmFigures: {},
    notRead: [],
  });

async function callsWithJordan(db: TouchlineDb): Promise<number | undefined> {
  const view = await recordView(db, 'hubspot:123:contact:501', {
    settings: defaultSettings(Z),
    now: AT_0305,
    onInvalid: () => undefined,
  });
  return view?.touches.byChannel.call;
}

async function read(...pages: [ReturnType<typeof contactPage | typeof dealPage>, Date][]) {
  const db = await freshDb();
  for (const [page, at] of pages) await saveReading(db, page, at, Z, Z);
  return callsWithJordan(db);
}

describe('a call counted just after midnight on one page and dated by the day before', () => {
  it('the contact page shows "Nov 19" and "Nov 20" (two calls), the deal page counts one of them: 2 calls', async () => {
    // The count falls on Friday, where a call is dated: it is that call, and Thursday's is another.
    const dates = contactPage([dated(NOV_19), dated(NOV_20)]);
    const atTwo = new Date('2026-11-20T02:00:00.000Z');
    expect(await read([dates, atTwo], [dealPage([counted()]), AT_0305])).toBe(2);
    expect(await read([dealPage([counted()]), AT_0305], [dates, new Date('2026-11-20T03:10:00.000Z')])).toBe(2);
  });

  it('one contact page shows "Nov 19" (seen the evening before) and "3 hours ago" side by side: 2 calls', async () => {
    const evening = new Date('2026-11-19T20:00:00.000Z');
    expect(
      await read([contactPage([dated(NOV_19)]), evening], [contactPage([dated(NOV_19), counted()]), AT_0305]),
    ).toBe(2);
  });

  it('the page gave the counted call its CRM id, so no save step compared it with "Nov 19": 1 call', async () => {
    const evening = new Date('2026-11-19T20:00:00.000Z');
    const withId = counted({ sourceId: '9001' });
    expect(await read([contactPage([dated(NOV_19)]), evening], [contactPage([withId]), AT_0305])).toBe(1);
  });
});

describe('one call on two pages read at the same instant (a stopped clock)', () => {
  it("shown at 23:58 on the contact page and counted 00:05 on the deal page: 1 call, not one reading's two items", async () => {
    const shown = call({ timestamp: '2026-11-19T23:58:00.000Z', timePrecision: 'minute' });
    expect(await read([contactPage([shown]), AT_0305], [dealPage([counted()]), AT_0305])).toBe(1);
  });
});
