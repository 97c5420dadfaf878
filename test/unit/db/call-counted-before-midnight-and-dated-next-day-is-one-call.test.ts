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
 * One call with Jordan, titled "Call", no CRM id, made at 00:05 on Fri 20 Nov 2026 in Berlin (the
 * zone of the user, the browser and the test). Read at 02:40, 2 h 35 min later, a page prints it
 * "3 hours ago": HubSpot rounds its counts (counted-hours-ago-then-time.test.ts: "3 hours ago"
 * from 2 h 30 to 3 h 29), and the reader works out 23:40 Thu. Later a page prints the same call
 * "Nov 20". One call: metrics.md "Duplicate" rule 3 and decisions.md (a date-only reading merges
 * into the one same-day row); a count reaches half an hour onto the next day
 * (lib/db/time-precision.ts COUNTED_TIME_LATER_MS: countedDays for the save step,
 * lib/metrics/duplicate-rules.ts daysMetOn for the panel across pages). Without that reach (4817fa8)
 * it was two calls, one of them never made.
 */
const Z = 'Europe/Berlin';
const WORKED_OUT = '2026-11-19T22:40:00.000Z'; // 23:40 Thu in Berlin: "3 hours ago" read at 02:40
const READ_AT_0240 = new Date('2026-11-20T01:40:00.000Z');
const NOV_20 = '2026-11-19T23:00:00.000Z'; // 00:00 Fri 20 Nov in Berlin: the call by its day alone
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
const counted = call({ timestamp: WORKED_OUT, timePrecision: 'minute', relativeTime: true });
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

describe('a call at 00:05 counted "3 hours ago" at 02:40 (23:40 the day before), then dated "Nov 20"', () => {
  it('on the same page: 1 call', async () => {
    expect(await callsWithJordan([contactPage([counted]), READ_AT_0240], [contactPage([dated]), LATER])).toBe(1);
  });

  it('counted on the deal page, dated on the contact page, in either order: 1 call', async () => {
    expect(await callsWithJordan([dealPage([counted]), READ_AT_0240], [contactPage([dated]), LATER])).toBe(1);
    expect(await callsWithJordan([contactPage([dated]), READ_AT_0240], [dealPage([counted]), READ_AT_0240])).toBe(1);
  });

  it('counted on the contact page, dated on the deal page: 1 call', async () => {
    expect(await callsWithJordan([contactPage([counted]), READ_AT_0240], [dealPage([dated]), LATER])).toBe(1);
  });
});
