import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { anaKey, callsOn } from '../db/hand-pages';
import { at, world } from '../db/logged-story';
import { NOW, ZONE } from '../db/world-readings';

/**
 * metrics.md "Duplicate" rule 3 (no source id: same person, channel, direction, title within 2
 * minutes = one touch) and "Logging a missed touch" (a logged touch "is listed for export so it can
 * be entered in the CRM"). A double click on "call" is one call on the panel; the file the rep
 * imports into the CRM must then hold one call too, or the CRM gets two.
 */
describe('a double click on "call", exported for the CRM', () => {
  it('the panel counts 1 call and the CRM import file lists 1 call, not 2', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call' }, at(20));
    await logTouch(db, { recordKey: anaKey, channel: 'call' }, new Date(at(20).getTime() + 1500));
    expect(await callsOn(db, anaKey)).toBe(1);
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => f.rows)).toEqual([1]);
  });
});
