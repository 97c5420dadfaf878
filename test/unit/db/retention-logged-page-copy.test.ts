import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { pruneExpired } from '../../../lib/db/retention';
import { saveReadings } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import type { ActivityReading } from '../../../lib/schema/activity';
import type { ReadOk } from '../../../lib/schema/read-result';
import { ANA, anaKey, BEN, call, contactPage, dealKeyOf, dealPage } from './hand-pages';
import { world } from './logged-story';
import { NOW, ZONE } from './world-readings';

/**
 * your-data.md: "Touches the CRM already shows (merged with a page touch) are left out" of the
 * export, and touches logged in Touchline "(and the page copy one was merged into) are kept until
 * you erase them". With retention at 30 days a rep logs a call they forgot, made 40 days ago; the
 * CRM page then shows it. Dropping the page copy as past retention would leave the logged call
 * unmerged, and the export would offer the CRM its own call again.
 */
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
// 40 days back: 2026-10-11T15:00Z, 08:00 in Los Angeles.
const FORGOTTEN = ago(40);

async function loggedForgottenCall(recordKey: string): Promise<TouchlineDb> {
  const db = await world();
  await logTouch(db, { recordKey, channel: 'call', timestamp: FORGOTTEN }, new Date(NOW.getTime() - 3_600_000));
  return db;
}

const read = (db: TouchlineDb, result: ReadOk, retentionDays: number) =>
  saveReadings(db, [{ result, now: NOW, timeZone: ZONE, pageTimeZone: ZONE, retentionDays }]);
const offered = async (db: TouchlineDb) => (await loggedTouchesCsv(db, ZONE, NOW)).reduce((n, f) => n + f.rows, 0);
const logged = async (db: TouchlineDb) =>
  (await db.getAll('activities')).filter((a) => a.origin === 'logged-in-touchline');
const stored = async (db: TouchlineDb) =>
  (await db.getAll('activities')).flatMap((a) => (a.sourceId ? [a.sourceId] : [])).sort();

describe('a forgotten call logged 40 days back, retention at 30 days', () => {
  it('merges with the copy the contact page then shows, is not offered to the CRM again, and the daily pruning keeps the copy', async () => {
    const page = contactPage(ANA, [call(FORGOTTEN, { sourceId: 'sync-1', outcome: 'connected' })]);
    // Control: with 400 days the same reading merges and nothing is offered.
    const control = await loggedForgottenCall(anaKey);
    await read(control, page, 400);
    expect(await offered(control)).toBe(0);

    const db = await loggedForgottenCall(anaKey);
    await read(db, page, 30);
    expect(await offered(db)).toBe(0);
    const copy = (await db.getAll('activities')).find((a) => a.sourceId === 'sync-1');
    expect((await logged(db)).map((t) => t.mergedInto)).toEqual([copy?.key]);
    await pruneExpired(db, NOW, 30);
    expect(await stored(db)).toEqual(['sync-1']);
    expect(await offered(db)).toBe(0);
  });

  it("merges with the copy the deal's page shows naming nobody (the call was with one of its contacts)", async () => {
    const db = await loggedForgottenCall(anaKey);
    await read(db, dealPage([call(FORGOTTEN, { sourceId: 'sync-1' })]), 30);
    expect(await offered(db)).toBe(0);
  });

  it("logged on the deal with no contact picked, merges with the copy Ana's page shows", async () => {
    const db = await loggedForgottenCall(dealKeyOf);
    await read(db, contactPage(ANA, [call(FORGOTTEN, { sourceId: 'sync-1' })]), 30);
    expect(await offered(db)).toBe(0);
  });

  it('still does not store the old items it cannot merge with: another channel, another day, another person', async () => {
    const email: ActivityReading = {
      type: 'email',
      channel: 'email',
      direction: 'outbound',
      timestamp: FORGOTTEN,
      timePrecision: 'minute',
      title: 'Pricing',
      automated: false,
      sourceId: 'email-same-day',
    };
    const db = await loggedForgottenCall(anaKey);
    await read(
      db,
      contactPage(ANA, [
        call(FORGOTTEN, { sourceId: 'call-same-day' }),
        email,
        call(ago(41), { sourceId: 'call-day-before' }),
        call(ago(10), { sourceId: 'call-recent' }),
      ]),
      30,
    );
    await read(db, contactPage(BEN, [call(FORGOTTEN, { sourceId: 'ben-same-day' })]), 30);
    expect(await stored(db)).toEqual(['call-recent', 'call-same-day']);
    expect(await offered(db)).toBe(0);
  });
});
