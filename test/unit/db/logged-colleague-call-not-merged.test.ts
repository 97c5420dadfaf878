import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, call, callsOn, contactPage } from './hand-pages';
import { at, save, world } from './logged-story';
import { NOW, ZONE } from './world-readings';

/**
 * metrics.md "Duplicate": the same touch captured twice; "Logged in Touchline": the logged touch
 * merges with the page's copy of it once the CRM shows it. Dana (her name set in the settings, so
 * her logged touches carry it) logs a mobile call with Ana at 06:00; later that day her colleague
 * Sam calls Ana from the CRM, and the page credits that call to Sam. Sam's call is not Dana's call
 * captured again (duplicate rule 2 keeps apart copies whose owners differ, lib/db/same-touch.ts),
 * yet the logged call merges into it (lib/db/logged-merge.ts pairs by channel, day and person
 * only): Ana shows one call instead of two, Sam's call takes Dana's outcome and note, and Dana's
 * call leaves the CSV for the CRM ("the CRM has it already"), so it never gets into the CRM.
 */
const DANA = { yourNames: { hubspot: 'Dana Reyes' } };

describe('a logged call and a colleague’s call the page shows later on the same day', () => {
  it('are two calls, and the logged one stays in the CSV for the CRM', async () => {
    const db = await world();
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z', outcome: 'connected' },
      at(25),
      DANA,
    );
    await save(db, contactPage(ANA, [call('2026-11-20T14:40:00.000Z', { owner: 'Sam Park' })]), at(10));

    expect(await callsOn(db, anaKey)).toBe(2);
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => f.rows)).toEqual([1]);
  });
});
