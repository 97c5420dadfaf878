import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading, saveReadings } from '../../../lib/db/save-reading';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, BEN, call, callsOn, contactPage, dealKeyOf, dealPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

const at = (m: number) => new Date(NOW.getTime() - m * 60_000);
const SIX = '2026-11-20T14:00:00.000Z';

describe('guard: two logged calls, the page call read on the deal and on Ana in one burst', () => {
  for (const order of ['deal first', 'contact first'] as const) {
    it(`${order}: 2 calls on Ana and on the deal, one left to export`, async () => {
      const db = await freshDb();
      await saveReadings(db, [
        { result: contactPage(ANA, []), now: at(60), timeZone: ZONE },
        { result: contactPage(BEN, []), now: at(60), timeZone: ZONE },
        { result: dealPage([]), now: at(60), timeZone: ZONE },
      ]);
      await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: SIX }, at(20));
      await logTouch(db, { recordKey: dealKeyOf, channel: 'call', timestamp: '2026-11-20T14:20:00.000Z' }, at(19));
      const readings = [
        { result: dealPage([call(SIX)]), now: at(10), timeZone: ZONE },
        { result: contactPage(ANA, [call(SIX)]), now: at(10), timeZone: ZONE },
      ];
      await saveReadings(db, order === 'deal first' ? readings : readings.reverse());
      await saveReading(db, contactPage(ANA, [call(SIX)]), at(5), ZONE);
      expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 2]);
      expect((await loggedTouchesCsv(db, ZONE, NOW)).map((f) => f.rows)).toEqual([1]);
    });
  }
});
