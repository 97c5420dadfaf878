import { describe, expect, it, vi } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema, dealReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from './world-readings';

// Pages are read in Berlin: the browser's zone, which the panel reads dates in too.
vi.mock('../../../lib/db/time-precision', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/db/time-precision')>()),
  browserTimeZone: () => 'Europe/Berlin',
}));

/**
 * A call shown counted ("3 hours ago") in the small hours and a call shown by "Nov 20" alone, with
 * Jordan, both titled "Call", no CRM ids, in Berlin (the zone of the user, the browser and the
 * test). HubSpot rounds its counts ("3 hours ago" from 2 h 30 to 3 h 29:
 * counted-hours-ago-then-time.test.ts), so a counted call is within half an hour of the time worked
 * out, and a count reaches the next day only half an hour on (lib/db/time-precision.ts
 * COUNTED_TIME_LATER_MS: countedDays for the save step, lib/metrics/duplicate-rules.ts daysMetOn for
 * the panel across pages). metrics.md "Duplicate" rule 3 and decisions.md (a date-only reading
 * merges into the one same-day row) then say:
 * - a call at 00:05 Fri read at 02:40 is "3 hours ago" (23:40 Thu): the page's "Nov 20" of it is the
 *   same call (without the reach, 4817fa8, it was two calls, one never made);
 * - a call at 23:00 Thu counted where half an hour on is still Thursday can only be Thursday's: a
 *   call dated "Nov 20" is another.
 */
const Z = 'Europe/Berlin';
const READ_AT_0240 = new Date('2026-11-20T01:40:00.000Z');
const NOV_20 = '2026-11-19T23:00:00.000Z'; // 00:00 Fri 20 Nov in Berlin: a call by its day alone
const LATER = new Date('2026-11-20T10:00:00.000Z');

const call = (extra: Partial<ActivityReading>): ActivityReading => ({
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  title: 'Call',
  automated: false,
  outcome: 'unknown',
  contactIds: ['501'],
  ...extra,
});
const counted = (timestamp: string) => call({ timestamp, timePrecision: 'minute', relativeTime: true });
const dated = call({ timestamp: NOV_20, timePrecision: 'day' });

const shared = { crm: 'hubspot', tenant: '123', status: 'read', crmFigures: {}, notRead: [] };
const contactPage = (activities: ActivityReading[]) =>
  contactReadSchema.parse({ ...shared, kind: 'contact', recordId: '501', record: { name: 'Jordan Lee' }, activities });
const dealPage = (activities: ActivityReading[]) =>
  dealReadSchema.parse({
    ...shared,
    kind: 'deal',
    recordId: '777',
    record: { name: 'Renewal', stage: 'Negotiation', stageHistory: [], contacts: [{ id: '501', name: 'Jordan Lee' }] },
    activities,
  });
type Page = ReturnType<typeof contactPage | typeof dealPage>;

async function callsWithJordan(...readings: [Page, Date][]): Promise<number | undefined> {
  const db: TouchlineDb = await freshDb();
  for (const [page, at] of readings) await saveReading(db, page, at, Z, Z);
  const view = await recordView(db, 'hubspot:123:contact:501', {
    settings: defaultSettings(Z),
    now: LATER,
    onInvalid: () => undefined,
  });
  return view?.touches.byChannel.call;
}

const AT_0005_WORKED_OUT = '2026-11-19T22:40:00.000Z'; // 23:40 Thu: "3 hours ago" read at 02:40

describe('a call at 00:05 counted "3 hours ago" at 02:40 (23:40 the day before), then dated "Nov 20"', () => {
  it('on the same page: 1 call', async () => {
    expect(
      await callsWithJordan([contactPage([counted(AT_0005_WORKED_OUT)]), READ_AT_0240], [contactPage([dated]), LATER]),
    ).toBe(1);
  });

  it('counted on the deal page, dated on the contact page, in either order: 1 call', async () => {
    expect(
      await callsWithJordan([dealPage([counted(AT_0005_WORKED_OUT)]), READ_AT_0240], [contactPage([dated]), LATER]),
    ).toBe(1);
    expect(
      await callsWithJordan(
        [contactPage([dated]), READ_AT_0240],
        [dealPage([counted(AT_0005_WORKED_OUT)]), READ_AT_0240],
      ),
    ).toBe(1);
  });

  it('counted on the contact page, dated on the deal page: 1 call', async () => {
    expect(
      await callsWithJordan([contactPage([counted(AT_0005_WORKED_OUT)]), READ_AT_0240], [dealPage([dated]), LATER]),
    ).toBe(1);
  });
});

// [A's count read at a time, A's time worked out from it, the reading] in UTC; Berlin is an hour ahead.
const cases = [
  ['read at 02:30, 3 h 30 later: "4 hours ago", 22:30', '2026-11-19T21:30:00.000Z', '2026-11-20T01:30:00.000Z'],
  [
    'read at 01:29, 2 h 29 later: "2 hours ago", 23:29 (half an hour on is still Thursday)',
    '2026-11-19T22:29:00.000Z',
    '2026-11-20T00:29:00.000Z',
  ],
] as const;

describe('a call shown by day does not absorb a call at 23:00 the day before, counted', () => {
  for (const [name, worked, readAt] of cases) {
    it(`A ${name}, then "Nov 20" on the same page: 2 calls`, async () => {
      const counting = contactPage([counted(worked)]);
      expect(await callsWithJordan([counting, new Date(readAt)], [contactPage([dated]), LATER])).toBe(2);
    });

    it(`A ${name} on the deal page, "Nov 20" on the contact page, in either order: 2 calls`, async () => {
      const counting = dealPage([counted(worked)]);
      expect(await callsWithJordan([counting, new Date(readAt)], [contactPage([dated]), LATER])).toBe(2);
      expect(await callsWithJordan([contactPage([dated]), new Date(readAt)], [counting, new Date(readAt)])).toBe(2);
    });
  }
});
