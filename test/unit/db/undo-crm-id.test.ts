/**
 * Review v6 (b6681e6: undo on a row with a CRM id keeps direction and time). metrics.md "Logged in
 * Touchline": the merged touch keeps the user's fields only where the page's are unknown; undoing
 * the logged touch takes back what it gave (user-fields.ts: "The page copy without what a logged
 * touch gave it, when that touch is undone"). A call the CRM page shows without a direction is,
 * once the user's log is undone, a call of unknown direction: the rep's (isOutbound presumption),
 * not a reply from Ana.
 *
 * Rep in Los Angeles; clock Fri 20 Nov 2026 07:00 PST. 06:00 a call with Ana; 06:05 the rep logs it
 * as inbound by mistake. 06:50 the CRM page shows the 06:00 call (its own id c-2) with no direction
 * icon: merged, it reads inbound. 06:55 the rep undoes the log. By hand: 1 call, 0 inbound touches.
 */
import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

/** 06:05 the rep logs the 06:00 call as inbound; 06:50 the CRM page shows it (id c-2) with no direction. */
async function callLoggedInboundThenShown() {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, []), new Date('2026-11-20T13:00:00Z'), ZONE, ZONE);
  const logged = await logTouch(
    db,
    { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z', direction: 'inbound' },
    minutesAgo(55),
  );
  const pageCall = call('2026-11-20T14:00:00.000Z', { direction: 'unknown', sourceId: 'c-2' });
  await saveReading(db, contactPage(ANA, [pageCall]), minutesAgo(10), ZONE, ZONE);
  return { db, logged, pageCall };
}

/** 06:30 the rep logs a 06:00 meeting; 06:50 the CRM shows that day's meeting by date only (id ev-9). */
async function meetingLoggedThenShownByDate() {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, []), new Date('2026-11-20T13:00:00Z'), ZONE, ZONE);
  const logged = await logTouch(
    db,
    { recordKey: anaKey, channel: 'meeting', timestamp: '2026-11-20T14:00:00.000Z' },
    minutesAgo(30),
  );
  const dateOnly = {
    ...call('2026-11-20T08:00:00.000Z', { sourceId: 'ev-9' }),
    type: 'meeting' as const,
    channel: 'meeting' as const,
    title: 'Breakfast',
    timePrecision: 'day' as const,
  };
  await saveReading(db, contactPage(ANA, [dateOnly]), minutesAgo(10), ZONE, ZONE);
  return { db, logged, dateOnly };
}

describe('review v6: undoing a logged touch merged into a CRM-id row', () => {
  it('takes back the inbound direction the page never showed', async () => {
    const { db, logged } = await callLoggedInboundThenShown();
    const before = await viewOf(db, anaKey);
    expect(before.touches.inbound).toBe(1);
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.inbound).toBe(0);
  });

  it('takes back the time of day a date-only CRM meeting never showed: not held before its day is over', async () => {
    // Fri 06:00 PST: the rep logs a 06:00 meeting; 06:50 the CRM shows that day's meeting by date
    // only (its own id). 06:55 the rep undoes the log (logged on the wrong contact). metrics.md,
    // Meetings: a meeting dated without a time of day is held once its day is over: at 07:00 Friday, 0 held.
    const { db, logged } = await meetingLoggedThenShownByDate();
    const before = await viewOf(db, anaKey);
    expect(before.kind === 'contact' && before.outcomes.meetingsHeld).toBe(1);
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    const view = await viewOf(db, anaKey);
    expect(view.kind === 'contact' && view.outcomes.meetingsHeld).toBe(0);
  });

  it('after the undo and the page read again (still no direction shown), the call is not Ana’s reply', async () => {
    const { db, logged, pageCall } = await callLoggedInboundThenShown();
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    await saveReading(db, contactPage(ANA, [pageCall]), minutesAgo(2), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.touches.inbound).toBe(0);
  });

  it('after the undo and the page read again (still by date only), the meeting is not held before its day is over', async () => {
    const { db, logged, dateOnly } = await meetingLoggedThenShownByDate();
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    await saveReading(db, contactPage(ANA, [dateOnly]), minutesAgo(2), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.kind === 'contact' && view.outcomes.meetingsHeld).toBe(0);
  });
});

describe('review v6: editing a logged touch merged into a CRM-id row', () => {
  /*
   * README 0.7.8: "the merged touch keeps ... the logged direction over `unknown` (taken back on
   * undo or edit)". The rep logged Ana's 06:00 call as inbound, the CRM page shows it (id c-2)
   * with no direction; the rep corrects the log to outbound (it was the rep's call). By hand:
   * one call, outbound, 0 inbound touches.
   */
  it('a direction corrected in the panel is the one counted', async () => {
    const { db, logged } = await callLoggedInboundThenShown();
    await updateLoggedTouch(db, logged.key, { direction: 'outbound' }, minutesAgo(5), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.inbound).toBe(0);
  });
});
