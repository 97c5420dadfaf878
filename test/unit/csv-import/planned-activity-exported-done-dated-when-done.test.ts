import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { view } from '../team/from-files/harness';
import { dump, freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';

/**
 * Pipedrive activities exports (entity-prefixed columns, as "Export filter results" writes them;
 * "Marked as done time" is the column Pipedrive fills when an activity is ticked done, keeping its
 * due date). Sam scheduled a follow-up call with Ana for Tue 24 Nov 10:00; he reached her early,
 * on Thu 19 Nov, and ticked the call done at 10:12:45 (Berlin). The clock is Fri 20 Nov 15:00Z.
 * metrics.md: planned items are no touches while the CRM shows them planned; a done call is a
 * touch, on the day it was made (done-time.ts: a done row is dated by its done time).
 * By hand: one call, made on 19 Nov at 09:12Z, before now: 1 call on Ana's panel and Sam's row.
 */
const HEADER =
  'Activity - ID,Activity - Subject,Activity - Type,Activity - Due date,Activity - Due time,Activity - Done,Activity - Marked as done time,Activity - Assigned to user,Person - Name,Person - ID';
const PLANNED = `${HEADER}\n901,Follow-up call,Call,2026-11-24,10:00,To do,,Sam Fox,Ana Ruiz,41\n`;
const DONE = `${HEADER}\n901,Follow-up call,Call,2026-11-24,10:00,Done,2026-11-19 10:12:45,Sam Fox,Ana Ruiz,41\n`;
// The same list exported without the done time column: a done row is dated by its due day.
const DONE_WITHOUT_TIME = [
  'Activity - ID,Activity - Subject,Activity - Type,Activity - Due date,Activity - Due time,Activity - Done,Activity - Assigned to user,Person - Name,Person - ID',
  '901,Follow-up call,Call,2026-11-24,10:00,Done,Sam Fox,Ana Ruiz,41',
].join('\n');
const ANA = 'pipedrive:acme:contact:41';
// Read to the minute, as every export time is.
const DONE_AT = '2026-11-19T09:12:00.000Z';

async function samCalls(db: Awaited<ReturnType<typeof freshDb>>) {
  return (await view(db)).reps.find((r) => r.rep === 'Sam Fox')?.counts.byChannel.call ?? 0;
}

describe('a Pipedrive call imported planned, then exported done before its due day', () => {
  it('is dated when it was done, shown done, and counts as one call; the done export again changes nothing', async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', PLANNED);
    await importText(db, 'pipedrive', 'acme', DONE);
    const [call] = await dump(db);
    expect(call?.timestamp).toBe(DONE_AT);
    expect(call).not.toHaveProperty('planned');
    expect((await contactView(db, ANA)).touches.byChannel.call).toBe(1);
    expect(await samCalls(db)).toBe(1);
    expect(await importText(db, 'pipedrive', 'acme', DONE)).toMatchObject({ added: 0, existing: 1 });
    expect(await dump(db)).toEqual([call]);
  });

  it('is dated when it was done after an export that showed it done by its due day alone', async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', DONE_WITHOUT_TIME);
    expect((await dump(db))[0]).toMatchObject({ timestamp: '2026-11-24T09:00:00.000Z', planned: false });
    await importText(db, 'pipedrive', 'acme', DONE);
    const [call] = await dump(db);
    expect(call?.timestamp).toBe(DONE_AT);
    expect(call).not.toHaveProperty('planned');
    expect(await samCalls(db)).toBe(1);
  });
});

describe('an older export imported after a newer one (files carry no time they were made)', () => {
  it('does not take the done call back: a file showing it planned may be older than the one showing it done', async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', DONE);
    await importText(db, 'pipedrive', 'acme', PLANNED);
    const [call] = await dump(db);
    expect(call?.timestamp).toBe(DONE_AT);
    expect(call).not.toHaveProperty('planned');
    expect(await samCalls(db)).toBe(1);
  });
});

describe('a planned call exported done without a time of day', () => {
  it('keeps the due time it was stored with: a date alone on that day says nothing new', async () => {
    const db = await freshDb();
    await importText(db, 'pipedrive', 'acme', PLANNED);
    const dateOnly = [
      'Activity - ID,Activity - Subject,Activity - Type,Activity - Due date,Activity - Done,Activity - Assigned to user,Person - Name,Person - ID',
      '901,Follow-up call,Call,2026-11-24,Done,Sam Fox,Ana Ruiz,41',
    ].join('\n');
    await importText(db, 'pipedrive', 'acme', dateOnly);
    expect((await dump(db))[0]).toMatchObject({
      timestamp: '2026-11-24T09:00:00.000Z',
      timePrecision: 'minute',
      planned: false,
    });
  });
});

describe('a planned call the rep logged in Touchline when he made it, then exported done', () => {
  it('is one call: the logged touch merges with the call the export first shows done (metrics.md "Logged in Touchline")', async () => {
    const db = await freshDb();
    await readContactPage(db, { crm: 'pipedrive', tenant: 'acme', recordId: '41' }, []);
    await importText(db, 'pipedrive', 'acme', PLANNED);
    await logTouch(
      db,
      { recordKey: ANA, channel: 'call', timestamp: '2026-11-19T09:15:00.000Z' },
      new Date('2026-11-19T09:20:00.000Z'),
    );
    await importText(db, 'pipedrive', 'acme', DONE);
    const rows = await dump(db);
    const call = rows.find((a) => a.origin === 'import');
    expect(rows.find((a) => a.origin === 'logged-in-touchline')?.mergedInto).toBe(call?.key);
    expect((await contactView(db, ANA)).touches.byChannel.call).toBe(1);
  });
});
