import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import type { ActivityReading } from '../../../lib/schema/activity';
import { ANA, anaKey, BEN, contactPage, dealPage } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * metrics.md "Logged in Touchline": a logged touch merges with one page touch of the same
 * channel, day and person, first seen after the log, "wherever it first saw it (contact page or
 * deal page)". A meeting is with several people: the CRM lists one meeting on every attendee's page.
 *
 * Friday 20 Nov (LA). 05:00-05:45 the rep holds "Pilot kickoff" with Ana and Ben (both contacts of
 * the deal). 06:05 the rep logs the meeting on Ana's panel. The deal page then lists the meeting
 * (naming no contact, contracts.md), then Ben's page lists it too. Ana's page is not opened again.
 *
 * Worked by hand: one meeting happened and the CRM has it: the file for the CRM holds nothing
 * (entering it would create a duplicate meeting in the CRM). Only a one-person touch (a call) is
 * another contact's when that contact's page lists it (lib/db/named-copies.ts); a meeting listed on
 * Ben's page is still Ana's too, and its merge stays.
 */
const at = (minutesBefore: number) => new Date(NOW.getTime() - minutesBefore * 60_000); // NOW = 07:00 LA
const save = (db: TouchlineDb, r: Parameters<typeof saveReading>[1], when: Date) => saveReading(db, r, when, ZONE);

const kickoff: ActivityReading = {
  type: 'meeting',
  channel: 'meeting',
  direction: 'outbound',
  timestamp: '2026-11-20T13:00:00.000Z', // 05:00 LA, held
  timePrecision: 'minute',
  title: 'Pilot kickoff',
  automated: false,
  outcome: 'held',
};

async function story() {
  const db = await freshDb();
  await save(db, contactPage(ANA, []), at(300));
  await save(db, contactPage(BEN, []), at(300));
  await save(db, dealPage([]), at(300));
  await logTouch(db, { recordKey: anaKey, channel: 'meeting', timestamp: '2026-11-20T13:00:00.000Z' }, at(55));
  await save(db, dealPage([kickoff]), at(20));
  await save(db, contactPage(BEN, [kickoff]), at(10));
  return db;
}

describe("a meeting with Ana and Ben, logged on Ana, read on the deal page and then on Ben's page", () => {
  it('leaves nothing to enter in the CRM: the CRM has the meeting', async () => {
    const db = await story();
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => [f.crm, f.rows])).toEqual([]);
  });
});
