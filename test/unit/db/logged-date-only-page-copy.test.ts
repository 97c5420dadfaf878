import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, call, callsOn, contactPage } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * A page touch printed with a date alone ("Nov 20": a Salesforce task entered from Touchline's own
 * CSV, whose ActivityDate is a date) is on the day the page printed. The user's zone setting
 * (Los Angeles) differs from the browser's, in which the page was read (Berlin): the reading's
 * instant is 00:00 on 20 Nov in Berlin, which is 19 Nov in Los Angeles. The touch the user logged
 * at 06:00 on 20 Nov (their zone) is on the same day as the page's "Nov 20" call (metrics.md
 * "Logged in Touchline": same channel, same day, same person), so they merge: 1 call.
 */
describe('a logged call and the CRM copy printed with a date alone', () => {
  it('merge when the page printed the same day: Ana has 1 call and nothing left to export', async () => {
    const db = await freshDb();
    const at = (m: number) => new Date(NOW.getTime() - m * 60_000);
    await saveReading(db, contactPage(ANA, []), at(60), ZONE, 'Europe/Berlin');
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z' }, at(40));

    const nov20InBerlin = '2026-11-19T23:00:00.000Z';
    const saved = await saveReading(
      db,
      contactPage(ANA, [call(nov20InBerlin, { timePrecision: 'day' })]),
      at(10),
      ZONE,
      'Europe/Berlin',
    );

    expect(await callsOn(db, anaKey)).toBe(1);
    expect(saved.mergedLogged).toHaveLength(1);
    expect((await loggedTouchesCsv(db, ZONE, NOW)).map((f) => f.rows)).toEqual([]);
  });
});
