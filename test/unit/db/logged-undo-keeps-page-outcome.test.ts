/**
 * metrics.md "Logged in Touchline": the merged touch keeps the user's outcome and note only WHERE
 * THE PAGE'S ARE UNKNOWN. user-fields.ts withUserFields follows it (a page that knows its outcome
 * keeps it). Undo / edit must then leave the page's own outcome alone.
 *
 * Rep in Los Angeles; clock Fri 20 Nov 2026 07:00 PST. 06:00 a connected call with Ana; 06:05 the
 * rep logs it from the panel, outcome "connected". 06:50 the CRM page shows that call (its own id
 * c-2) with its own outcome "Connected": merged (the page copy keeps its own outcome).
 *
 * By hand after the rep undoes the log (06:55): the CRM still shows one connected call →
 *   1 call, connect rate 1 of 1, 0 unknown outcomes.
 * By hand after the rep instead edits the log's outcome to "no answer" (a mistake on their side):
 *   the page's outcome is known, so the merged touch keeps it → still 1 of 1 connected.
 */
import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

async function connectedCallLoggedThenShown() {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, []), new Date('2026-11-20T13:00:00Z'), ZONE, ZONE);
  const logged = await logTouch(
    db,
    { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z', outcome: 'connected' },
    minutesAgo(55),
  );
  const pageCall = call('2026-11-20T14:00:00.000Z', { sourceId: 'c-2', outcome: 'connected' });
  await saveReading(db, contactPage(ANA, [pageCall]), minutesAgo(10), ZONE, ZONE);
  return { db, logged };
}

async function connectRate(db: Awaited<ReturnType<typeof freshDb>>) {
  const view = await viewOf(db, anaKey);
  if (view.kind !== 'contact') throw new Error('not a contact');
  return { calls: view.touches.byChannel.call, connect: view.outcomes.connectRate };
}

describe('a logged call merged into a CRM call that shows its own outcome', () => {
  it('control: merged, 1 call, 1 of 1 connected', async () => {
    const { db } = await connectedCallLoggedThenShown();
    const r = await connectRate(db);
    expect(r.calls).toBe(1);
    expect(r.connect).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('undoing the log keeps the CRM’s own "Connected": 1 of 1, not 0 of 1', async () => {
    const { db, logged } = await connectedCallLoggedThenShown();
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    const r = await connectRate(db);
    expect(r.calls).toBe(1);
    expect(r.connect).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('editing the log’s outcome does not overwrite the outcome the CRM page shows', async () => {
    const { db, logged } = await connectedCallLoggedThenShown();
    await updateLoggedTouch(db, logged.key, { outcome: 'no-answer' }, minutesAgo(5), ZONE, ZONE);
    const r = await connectRate(db);
    expect(r.calls).toBe(1);
    expect(r.connect).toMatchObject({ numerator: 1, denominator: 1 });
  });
});
