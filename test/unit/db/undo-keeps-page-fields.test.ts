/**
 * Regression review s34 (01152cf: "the merged copy keeps the logged time of day and direction
 * (taken back on undo or edit)"). Undoing a logged touch takes back only what it gave the page copy
 * (metrics.md "Logged in Touchline": the merged touch keeps the user's fields where the page's are
 * unknown). A direction or a time of day the CRM page itself showed was never the user's: after
 * the undo the page touch is as the page shows it. At 8f93e69 undo left both untouched.
 *
 * Rep in Los Angeles; test clock Fri 20 Nov 2026 07:00 PST (15:00 UTC).
 */
import { describe, expect, it } from 'vitest';
import { undoLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { ANA, anaKey, call, contactPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe('review regress: undoing a logged touch keeps what the CRM page showed', () => {
  it('an inbound call the page shows stays Ana’s reply after the rep undoes the same call logged in the panel', async () => {
    // Wed 18 Nov 09:00 PST: the rep's call, voicemail (outbound).
    const voicemail = call('2026-11-18T17:00:00.000Z', { outcome: 'voicemail', sourceId: 'c-1' });
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, [voicemail]), new Date('2026-11-18T18:00:00Z'), ZONE, ZONE);
    // Fri 06:00 PST Ana calls back; 06:05 the rep logs it (inbound).
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:00:00.000Z', direction: 'inbound' },
      minutesAgo(55),
    );
    // 06:50: the CRM page shows the 06:00 call itself as inbound (its own id): merged with the logged one.
    const pageCall = call('2026-11-20T14:00:00.000Z', { direction: 'inbound', sourceId: 'c-2' });
    await saveReading(db, contactPage(ANA, [voicemail, pageCall]), minutesAgo(10), ZONE, ZONE);
    const before = await viewOf(db, anaKey);
    expect(before.kind === 'contact' && before.outcomes.touchesToFirstReply).toBe(1);
    // 06:55: the rep sees the CRM has the call and undoes the log. The page still says inbound:
    // Ana's call is still her reply after 1 outbound touch (the voicemail).
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.call).toBe(2);
    expect(view.kind === 'contact' && view.outcomes.touchesToFirstReply).toBe(1);
  });

  it('a meeting the page shows at 06:00 today stays held after the rep undoes the same meeting logged in the panel', async () => {
    const db = await freshDb();
    await saveReading(db, contactPage(ANA, []), new Date('2026-11-20T13:00:00Z'), ZONE, ZONE);
    // Fri 06:00 PST breakfast meeting; 06:30 the rep logs it at 06:00.
    const logged = await logTouch(
      db,
      { recordKey: anaKey, channel: 'meeting', timestamp: '2026-11-20T14:00:00.000Z' },
      minutesAgo(30),
    );
    // 06:50: the CRM page shows the meeting at 06:00 (its own id, time of day shown, passed): held.
    const pageMeeting = {
      ...call('2026-11-20T14:00:00.000Z', { sourceId: 'ev-1' }),
      type: 'meeting' as const,
      channel: 'meeting' as const,
      title: 'Breakfast',
    };
    await saveReading(db, contactPage(ANA, [pageMeeting]), minutesAgo(10), ZONE, ZONE);
    const before = await viewOf(db, anaKey);
    expect(before.kind === 'contact' && before.outcomes.meetingsHeld).toBe(1);
    // 06:55: the rep undoes the log. The page's meeting at 06:00 today has passed: still held.
    await undoLoggedTouch(db, logged.key, ZONE, ZONE, minutesAgo(5));
    const view = await viewOf(db, anaKey);
    expect(view.kind === 'contact' && view.outcomes.meetingsHeld).toBe(1);
  });
});
