import { describe, expect, it } from 'vitest';
import { updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { listLoggedTouches, logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, BEN, benKey, call, callsOn, contactPage, dealKeyOf, dealPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

const minutes = (n: number) => new Date(NOW.getTime() - (30 - n) * 60_000);
const YESTERDAY = '2026-11-19T18:00:00.000Z'; // 10:00 on 19 Nov in Los Angeles

/**
 * Deal "Renewal" with Ana and Ben. X: the user's call with Ben yesterday 10:00, logged on Ben.
 * A: a call with Ana logged "now" by mistake (it was yesterday 10:30). Ben's page then shows the
 * call (X merges with it), the deal page shows it again naming nobody (a later copy of X's touch),
 * and the user moves A to yesterday 10:30.
 */
async function heldStory(): Promise<{ db: TouchlineDb; a: { key: string } }> {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, []), minutes(0), ZONE);
  await saveReading(db, contactPage(BEN, []), minutes(0), ZONE);
  await saveReading(db, dealPage([]), minutes(0), ZONE);
  // X: the user's call with Ben yesterday 10:00, logged on Ben.
  const x = await logTouch(db, { recordKey: benKey, channel: 'call', timestamp: YESTERDAY }, minutes(1));
  // A: a call with Ana, logged for "now" by mistake; it too happened yesterday (say 10:30).
  const a = await logTouch(db, { recordKey: anaKey, channel: 'call' }, minutes(1));
  // Ben's page shows the call: X merges with it (fresh, seen after X was logged).
  const ben = await saveReading(db, contactPage(BEN, [call(YESTERDAY, { title: 'Call with Ben' })]), minutes(2), ZONE);
  expect(ben.mergedLogged).toEqual([x.key]);
  // The deal page shows the same call, naming nobody: a later copy of the touch X holds.
  await saveReading(db, dealPage([call(YESTERDAY, { title: 'Call with Ben' })]), minutes(3), ZONE);
  // Hand count on the deal so far: Ben's call (merged with X) + A (today) = 2 calls.
  expect(await callsOn(db, dealKeyOf)).toBe(2);
  // The user moves A to yesterday 10:30. The only page call that day is Ben's call, which X holds
  // (metrics.md: each page touch absorbs at most one logged touch), so A stays its own touch.
  await updateLoggedTouch(db, a.key, { timestamp: '2026-11-19T18:30:00.000Z' }, minutes(4), ZONE);

  return { db, a };
}

describe('an edit merges a logged touch only with a page touch no other logged touch holds', () => {
  it('does not merge an edited touch into the deal-page copy of a call another logged touch already holds', async () => {
    const { db, a } = await heldStory();
    const moved = (await listLoggedTouches(db)).touches.find((t) => t.key === a.key);
    // Expected: A merged into nothing; the deal still has 2 calls (Ben's call and Ana's call).
    expect({ deal: await callsOn(db, dealKeyOf), aMergedInto: moved?.mergedInto }).toEqual({
      deal: 2,
      aMergedInto: undefined,
    });
  });

  it('lists the moved call with Ana in the CSV for the CRM (it is in no CRM timeline)', async () => {
    const { db } = await heldStory();
    // Hand: X is merged (the CRM shows it) and left out; A is Ana's own call, which no page showed:
    // one row in HubSpot's file.
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => [f.crm, f.rows])).toEqual([['hubspot', 1]]);
  });
});
