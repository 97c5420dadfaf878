import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { CLOCK, freshDb, importText } from './import-fixture';

/**
 * Review s61 (copies). On Wed 18 Nov a rep dials Riley twice: nobody answers the first dial, the
 * second connects at 10:00 and she logs it in Touchline as connected. The manager then imports a
 * Salesforce report without Activity ID: two Call rows of 11/18/2026 (two rows of one file are two
 * tasks), and Riley's page lists the two Call tasks by their day. metrics.md: a logged touch
 * merges with one page touch and keeps the user's outcome where the page's is unknown; connect
 * rate = connected calls / call attempts: 2 calls, 1 of 2 connected. The logged "connected" went
 * to both rows of the day (2 of 2): once at the import with blank results, and through the page's
 * tasks after a report saying "No Answer" and "Connected".
 */
const ORG = 'harbor.lightning.force.com';
const RILEY = '0035g00000AbCdEAAV';
const RILEY_KEY = `salesforce:${ORG}:contact:${RILEY}`;
const HEADER = 'Subject,Assigned,Date,Status,Call Result,Contact,Contact ID';
const dial = (result: string) => `Call,Jordan Lee,11/18/2026,Completed,${result},Riley Chen,${RILEY}`;

const task = (id: string): ActivityReading => ({
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-18T00:00:00.000Z',
  timePrecision: 'day',
  title: 'Call',
  automated: false,
  owner: 'Jordan Lee',
  sourceId: id,
});

async function readRiley(db: TouchlineDb, activities: ActivityReading[], at: Date) {
  const result = contactReadSchema.parse({
    crm: 'salesforce',
    tenant: ORG,
    recordId: RILEY,
    kind: 'contact',
    status: 'read',
    record: { name: 'Riley Chen', email: 'riley@northwind.example', owner: 'Jordan Lee' },
    activities,
    crmFigures: {},
    notRead: [],
  });
  await saveReading(db, result, at, 'UTC', 'UTC');
}

async function loggedThenReport(results: [string, string]) {
  const db = await freshDb();
  await readRiley(db, [], new Date('2026-11-17T09:00:00Z'));
  await logTouch(
    db,
    { recordKey: RILEY_KEY, channel: 'call', timestamp: '2026-11-18T10:00:00.000Z', outcome: 'connected' },
    new Date('2026-11-18T10:05:00Z'),
  );
  await importText(db, 'salesforce', ORG, [HEADER, dial(results[0]), dial(results[1])].join('\n'), {
    clock: { now: CLOCK.now, timeZone: 'UTC' },
  });
  return db;
}

async function callsAndConnects(db: TouchlineDb) {
  const view = await recordView(db, RILEY_KEY, {
    settings: defaultSettings('UTC'),
    now: CLOCK.now,
    onInvalid: () => undefined,
  });
  if (view?.kind !== 'contact') throw new Error('no contact view');
  const { numerator, denominator } = view.outcomes.connectRate;
  return { calls: view.touches.byChannel.call, connected: [numerator, denominator] };
}

describe('a call logged connected, then a report listing that day’s two dials', () => {
  it('with blank results: 2 calls, 1 of 2 connected', async () => {
    expect(await callsAndConnects(await loggedThenReport(['', '']))).toEqual({ calls: 2, connected: [1, 2] });
  });

  it('saying No Answer and Connected, then the page’s two date-only tasks: 2 calls, 1 of 2 connected', async () => {
    const db = await loggedThenReport(['No Answer', 'Connected']);
    await readRiley(db, [task('00T5g00000Dial1AAA'), task('00T5g00000Dial2AAA')], CLOCK.now);
    expect(await callsAndConnects(db)).toEqual({ calls: 2, connected: [1, 2] });
  });
});
