import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { view } from '../team/from-files/harness';
import { dump, freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';

/**
 * metrics.md "Duplicate", rule 1: the same CRM source id is the same touch; a later page reading
 * of it updates what the CRM changed (lib/db/page-activities.ts mergeActivity), and a newer export
 * is one more sighting. A manager exports HubSpot's calls and meetings every week (HubSpot's index
 * exports: Record ID, Call title / Meeting name, Activity date / Meeting start time, Activity
 * assigned to, Call direction, Call outcome / Meeting outcome, Associated Contact IDs).
 * Clock 2026-11-20 15:00Z, Berlin.
 */
const CALLS =
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Call outcome,Associated Contact IDs';
const callExport = (outcome: string) => `${CALLS}\n90007,Call,2026-11-19 10:30,Dana Reyes,Outbound,${outcome},501\n`;
const MEETINGS =
  'Record ID,Meeting name,Meeting start time,Activity assigned to,Meeting outcome,Associated Contact IDs';
const meetingExport = (outcome: string) => `${MEETINGS}\n80001,Demo,2026-11-18 14:00,Dana Reyes,${outcome},501\n`;
const JORDAN = 'hubspot:123:contact:501';

const outcomes = async (db: Awaited<ReturnType<typeof freshDb>>) =>
  (await dump(db)).filter((a) => a.origin === 'import').map((a) => a.outcome);
const danaConnects = async (db: Awaited<ReturnType<typeof freshDb>>) => {
  const rate = (await view(db)).reps.find((r) => r.rep === 'Dana Reyes')?.connectRate;
  return [rate?.numerator, rate?.denominator];
};

describe('a newer export listing the same CRM id with another outcome', () => {
  it('takes the call outcome the rep corrected: "No answer", then "Connected", connects 1 of 1', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '123', callExport('No answer'));
    await importText(db, 'hubspot', '123', callExport('Connected'));
    expect(await outcomes(db)).toEqual(['connected']);
    expect(await danaConnects(db)).toEqual([1, 1]);
    // The newer export again changes nothing; one leaving the cell empty says nothing of the outcome.
    const before = await dump(db);
    expect(await importText(db, 'hubspot', '123', callExport('Connected'))).toMatchObject({ added: 0, existing: 1 });
    expect(await dump(db)).toEqual(before);
    await importText(db, 'hubspot', '123', callExport(''));
    expect(await outcomes(db)).toEqual(['connected']);
  });

  it('takes a meeting "Completed", then "Canceled": no meeting held any more', async () => {
    const db = await freshDb();
    // Jordan's page read once: his panel shows the imported meeting.
    await readContactPage(db, { crm: 'hubspot', tenant: '123', recordId: '501' }, []);
    await importText(db, 'hubspot', '123', meetingExport('Completed'));
    expect((await contactView(db, JORDAN)).touches.byChannel.meeting).toBe(1);
    await importText(db, 'hubspot', '123', meetingExport('Canceled'));
    expect(await outcomes(db)).toEqual(['cancelled']);
    expect((await contactView(db, JORDAN)).touches.byChannel.meeting ?? 0).toBe(0);
  });

  it('takes it over the outcome a page reading stored', async () => {
    const db = await freshDb();
    await readContactPage(db, { crm: 'hubspot', tenant: '123', recordId: '501' }, [
      {
        type: 'call',
        channel: 'call',
        direction: 'outbound',
        timestamp: '2026-11-19T09:30:00.000Z',
        timePrecision: 'minute',
        title: 'Call',
        automated: false,
        outcome: 'no-answer',
        sourceId: '90007',
        owner: 'Dana Reyes',
      },
    ]);
    await importText(db, 'hubspot', '123', callExport('Connected'));
    expect((await dump(db)).map((a) => [a.origin, a.outcome])).toEqual([['page', 'connected']]);
  });

  it('is the file imported last: an older file imported after it puts its outcome back, as the page read last would', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', '123', callExport('Connected'));
    await importText(db, 'hubspot', '123', callExport('No answer'));
    expect(await outcomes(db)).toEqual(['no-answer']);
  });
});

describe('the outcome a rep gave a touch logged in Touchline (metrics.md "Logged in Touchline")', () => {
  /** Dana logs the call on Jordan with her outcome and a note; the CRM's export lists it without one. */
  async function loggedThenExported() {
    const db = await freshDb();
    await readContactPage(db, { crm: 'hubspot', tenant: '123', recordId: '501' }, []);
    await logTouch(
      db,
      {
        recordKey: JORDAN,
        channel: 'call',
        timestamp: '2026-11-19T09:30:00.000Z',
        outcome: 'connected',
        note: 'Booked the demo',
      },
      new Date('2026-11-19T09:35:00.000Z'),
    );
    await importText(db, 'hubspot', '123', callExport(''));
    return db;
  }
  const imported = async (db: Awaited<ReturnType<typeof freshDb>>) =>
    (await dump(db)).find((a) => a.origin === 'import');

  it('stands while the CRM shows none, and gives way to the outcome it shows, kept as its own, as on a page; the note stays', async () => {
    const db = await loggedThenExported();
    expect(await imported(db)).toMatchObject({ outcome: 'connected', note: 'Booked the demo' });
    // A newer export still showing none leaves hers standing.
    await importText(db, 'hubspot', '123', callExport(''));
    expect(await imported(db)).toMatchObject({ outcome: 'connected', note: 'Booked the demo' });
    await importText(db, 'hubspot', '123', callExport('No answer'));
    expect(await imported(db)).toMatchObject({
      outcome: 'no-answer',
      note: 'Booked the demo',
      pageOwn: { outcome: 'no-answer' },
    });
    // The touch the rep logged keeps what she said.
    expect((await dump(db)).find((a) => a.origin === 'logged-in-touchline')).toMatchObject({ outcome: 'connected' });
  });
});
