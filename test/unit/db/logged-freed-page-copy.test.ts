import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, call, callsOn, contactPage } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * metrics.md "Logged in Touchline": a logged touch merges with one page touch of the same channel,
 * day and person that Touchline first saw after the touch was logged. When the logged touch a page
 * copy merged with leaves it (undone, or moved to another day), a second logged call of that day,
 * logged before the page copy was first seen, meets every condition: it and the page copy are one
 * call. Ana: two calls logged today (06:00 and 06:30 in Los Angeles), the CRM shows one (06:00).
 */
const at = (minutesBefore: number) => new Date(NOW.getTime() - minutesBefore * 60_000);
const SIX = '2026-11-20T14:00:00.000Z'; // 06:00 on 20 Nov in Los Angeles
const SIX_THIRTY = '2026-11-20T14:30:00.000Z';

async function twoLoggedOnePage(db: TouchlineDb) {
  await saveReading(db, contactPage(ANA, []), at(60), ZONE);
  const first = await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: SIX }, at(20));
  await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: SIX_THIRTY }, at(19));
  const saved = await saveReading(db, contactPage(ANA, [call(SIX)]), at(10), ZONE);
  expect(saved.mergedLogged).toEqual([first.key]);
  expect(await callsOn(db, anaKey)).toBe(2);
  return first;
}

async function csvRows(db: TouchlineDb) {
  const [file] = await loggedTouchesCsv(db, ZONE, NOW);
  return Papa.parse<Record<string, string>>(file?.text ?? '', { header: true, skipEmptyLines: true }).data;
}

describe('a page call freed by the logged touch it merged with', () => {
  it('undoing the merged one of two logged calls leaves 1 call (the other logged call is the page call)', async () => {
    const db = await freshDb();
    const first = await twoLoggedOnePage(db);

    await undoLoggedTouch(db, first.key);

    // The 06:30 logged call and the CRM's call are one call: 1, not 2.
    expect(await callsOn(db, anaKey)).toBe(1);
    // And the CRM has it already: nothing left to enter.
    expect(await csvRows(db)).toEqual([]);
  });

  it('moving the merged one to yesterday leaves 2 calls (yesterday logged, today the page call)', async () => {
    const db = await freshDb();
    const first = await twoLoggedOnePage(db);

    await updateLoggedTouch(db, first.key, { timestamp: '2026-11-19T18:00:00.000Z' }, at(5), ZONE);

    // Yesterday's logged call, and today's call the CRM shows (which the 06:30 logged call is): 2, not 3.
    expect(await callsOn(db, anaKey)).toBe(2);
    // Only yesterday's call is missing from the CRM.
    expect((await csvRows(db)).map((r) => r['Activity date'])).toEqual(['2026-11-19 10:00']);
  });

  it('goes to no logged call logged after Touchline first saw it: undoing leaves 2 calls', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, []), at(60), ZONE);
    const first = await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: SIX }, at(20));
    await saveReading(db, contactPage(ANA, [call(SIX)]), at(10), ZONE);
    // Logged once the CRM already showed its call: a second call, whatever happens to the first.
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: SIX_THIRTY }, at(5));

    await undoLoggedTouch(db, first.key);

    expect(await callsOn(db, anaKey)).toBe(2);
    expect((await csvRows(db)).map((r) => r['Activity date'])).toEqual(['2026-11-20 06:30']);
  });
});
