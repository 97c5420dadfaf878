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
 * Two calls with Jordan, both titled "Call", no CRM ids, in Berlin (the zone of the user, the
 * browser and the test): A on Thu 19 Nov 2026 at 23:00, B on Fri 20 Nov. Read in the small hours
 * of Friday, a page counts A in hours, rounded as HubSpot prints them ("3 hours ago" from 2 h 30
 * to 3 h 29: counted-hours-ago-then-time.test.ts), so the call is within half an hour of the time
 * worked out; later a page dates B by "Nov 20" alone. Where that half hour stays on Thursday the
 * count can only be a Thursday call, and metrics.md "Duplicate" rule 3 and decisions.md (a
 * date-only reading merges into the one same-day row) make them two calls: the count reaches the
 * next day only half an hour on (lib/db/time-precision.ts COUNTED_TIME_LATER_MS: countedDays for
 * the save step, lib/metrics/duplicate-rules.ts daysMetOn for the panel across pages). A count
 * worked out to 23:30 or later is not here: it can be a call after midnight, dated "Nov 20"
 * itself (call-counted-before-midnight-and-dated-next-day-is-one-call.test.ts).
 */
const Z = 'Europe/Berlin';
const NOV_20 = '2026-11-19T23:00:00.000Z'; // 00:00 Fri 20 Nov in Berlin: B by its day alone
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
