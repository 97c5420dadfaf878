import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { ActivityReading } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, callsOn, contactPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

/**
 * metrics.md "Logged in Touchline" and "Duplicate", for a rep in Los Angeles (test clock
 * 2026-11-20 15:00 UTC = Fri 20 Nov 07:00 PST). Expected values are worked out by hand:
 * - a touch logged in the panel merges with one page *touch* (a meeting is a touch once held; a
 *   cancelled one, or one whose time has not come, is not; a planned item is never a touch
 *   while the CRM shows it as planned);
 * - duplicates are merged before any count, and the merged touch keeps a time of day over a
 *   date-only value.
 */
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

const meeting = (timestamp: string, extra: Partial<ActivityReading> = {}): ActivityReading => ({
  ...call(timestamp),
  type: 'meeting',
  channel: 'meeting',
  title: 'Pilot review',
  ...extra,
});

const email = (timestamp: string, extra: Partial<ActivityReading> = {}): ActivityReading => {
  const { outcome: _none, ...shape } = call(timestamp);
  return { ...shape, type: 'email', channel: 'email', title: 'Route pricing', ...extra };
};

async function anaWithNoActivity(seenAt = minutesAgo(120)) {
  const db = await freshDb();
  await saveReading(db, contactPage(ANA, []), seenAt, ZONE, ZONE);
  return db;
}

describe('review: a touch logged in the panel and the CRM copy that shows up later', () => {
  it('a double click on "call" counts one call, and still one once the CRM shows that call', async () => {
    const db = await anaWithNoActivity();
    // 06:40 PST: one-click "call", clicked twice 1.5 s apart (the panel's own rule: one call).
    const click = minutesAgo(20);
    await logTouch(db, { recordKey: anaKey, channel: 'call' }, click);
    await logTouch(db, { recordKey: anaKey, channel: 'call' }, new Date(click.getTime() + 1_500));
    expect(await callsOn(db, anaKey)).toBe(1);
    // 06:50: the CRM page now shows the call at 06:40. Rule 3 made the two clicks one touch, and a
    // logged touch merges with one page touch: still one call, not two.
    await saveReading(db, contactPage(ANA, [call('2026-11-20T14:40:00.000Z')]), minutesAgo(10), ZONE, ZONE);
    expect(await callsOn(db, anaKey)).toBe(1);
  });

  it('a planned call the rep logged from the panel and then marked done in the CRM is one call', async () => {
    // 05:30 PST: the CRM shows a call planned for 06:30 (not a touch while planned).
    const db = await freshDb();
    const planned = '2026-11-20T14:30:00.000Z';
    await saveReading(
      db,
      contactPage(ANA, [call(planned, { planned: true, sourceId: 'eng-77' })]),
      minutesAgo(90),
      ZONE,
      ZONE,
    );
    expect(await callsOn(db, anaKey)).toBe(0);
    // 06:35: the rep made the call from a mobile phone and logs it in one click.
    await logTouch(db, { recordKey: anaKey, channel: 'call' }, minutesAgo(25));
    expect(await callsOn(db, anaKey)).toBe(1);
    // 06:50: the rep marks the CRM's call done; the page now shows a held call at 06:30. Before
    // this reading the page showed no touch (only a planned item), so the page touch was first
    // seen after the log: one call, connected (connect rate 1 of 1), not two.
    await saveReading(
      db,
      contactPage(ANA, [call(planned, { sourceId: 'eng-77', outcome: 'connected' })]),
      minutesAgo(10),
      ZONE,
      ZONE,
    );
    expect(await callsOn(db, anaKey)).toBe(1);
  });

  it('a meeting logged as held does not vanish into a cancelled meeting the CRM shows that day', async () => {
    const db = await anaWithNoActivity();
    // 06:00 PST breakfast meeting, logged at 06:40.
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'meeting', timestamp: '2026-11-20T14:00:00.000Z' },
      minutesAgo(20),
    );
    // 06:50: the page shows another meeting of that day, at 06:45, marked cancelled: not a touch.
    await saveReading(
      db,
      contactPage(ANA, [meeting('2026-11-20T14:45:00.000Z', { outcome: 'cancelled' })]),
      minutesAgo(10),
      ZONE,
      ZONE,
    );
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.meeting).toBe(1);
    expect(view.kind === 'contact' && view.outcomes.meetingsHeld).toBe(1);
  });

  it('a meeting logged as held does not vanish into a meeting later today that has not happened yet', async () => {
    const db = await anaWithNoActivity();
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'meeting', timestamp: '2026-11-20T14:00:00.000Z' },
      minutesAgo(20),
    );
    // 06:50: the page lists the 14:00 PST pilot review (22:00 UTC): its time has not passed, so
    // it is not a touch yet; the breakfast meeting is still the one meeting held today.
    await saveReading(db, contactPage(ANA, [meeting('2026-11-20T22:00:00.000Z')]), minutesAgo(10), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.meeting).toBe(1);
    expect(view.kind === 'contact' && view.outcomes.meetingsHeld).toBe(1);
  });

  it('a call logged at 10:00 on the first day of "last 7 days" stays in the period once the CRM shows it by date only', async () => {
    const db = await anaWithNoActivity(new Date('2026-11-13T16:00:00Z'));
    const sevenDays = async () =>
      (
        await recordView(db, anaKey, {
          settings: { ...defaultSettings(ZONE), period: '7d' },
          now: NOW,
          onInvalid: () => undefined,
        })
      )?.touches.byChannel.call;
    // Last 7 days = 7 × 24 h ending Fri 20 Nov 07:00 PST: from Fri 13 Nov 07:00 PST (15:00 UTC).
    // The rep logged a call at 10:00 PST on 13 Nov (18:00 UTC), a few minutes after making it.
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'call', timestamp: '2026-11-13T18:00:00.000Z' },
      new Date('2026-11-13T18:05:00Z'),
    );
    expect(await sevenDays()).toBe(1);
    // Next morning the CRM shows the call, dated "Nov 13" without a time (stored at 00:00 PST).
    // The merged touch keeps the time of day the rep gave (10:00), so it is still in the period.
    await saveReading(
      db,
      contactPage(ANA, [call('2026-11-13T08:00:00.000Z', { timePrecision: 'day' })]),
      new Date('2026-11-14T17:00:00Z'),
      ZONE,
      ZONE,
    );
    expect(await sevenDays()).toBe(1);
  });

  it('an email logged as sent keeps its direction when the CRM copy does not show one: the reply still answers it', async () => {
    const db = await anaWithNoActivity(new Date('2026-11-19T16:00:00Z'));
    // Thu 19 Nov 10:00 PST: the rep emails from a phone and logs it in one click (outbound).
    await logTouch(
      db,
      { recordKey: anaKey, channel: 'email', timestamp: '2026-11-19T18:00:00.000Z' },
      new Date('2026-11-19T18:02:00Z'),
    );
    // Fri 20 Nov 06:30 PST: Ana's reply shows on the page. 1 of 1 emails answered.
    const reply = email('2026-11-20T14:30:00.000Z', { direction: 'inbound', title: 'Re: Route pricing' });
    await saveReading(db, contactPage(ANA, [reply]), minutesAgo(20), ZONE, ZONE);
    const first = await viewOf(db, anaKey);
    expect(first.kind === 'contact' && first.outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
    // 06:50: the CRM's copy of Thursday's email appears, placing no sender (direction unknown). It
    // is the logged email (merged); the merged touch keeps the known direction over unknown, so
    // still 1 of 1 answered, not "—" (no outbound email).
    const copy = email('2026-11-19T18:00:00.000Z', { direction: 'unknown' });
    await saveReading(db, contactPage(ANA, [copy, reply]), minutesAgo(10), ZONE, ZONE);
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.email).toBe(2);
    expect(view.kind === 'contact' && view.outcomes.replyRate).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 1,
    });
  });

  it('a call logged as inbound (Ana called back) stays her reply when the CRM copy shows no direction', async () => {
    // Wed 18 Nov 09:00 PST: the rep's call, voicemail.
    const voicemail = call('2026-11-18T17:00:00.000Z', { outcome: 'voicemail', sourceId: 'c-1' });
    const db = await anaWithNoActivity(new Date('2026-11-18T18:00:00Z'));
    await saveReading(db, contactPage(ANA, [voicemail]), new Date('2026-11-18T18:00:00Z'), ZONE, ZONE);
    // Fri 20 Nov 06:00 PST: Ana calls back; the rep logs it as inbound, connected.
    await logTouch(
      db,
      {
        recordKey: anaKey,
        channel: 'call',
        timestamp: '2026-11-20T14:00:00.000Z',
        direction: 'inbound',
        outcome: 'connected',
      },
      minutesAgo(55),
    );
    const first = await viewOf(db, anaKey);
    expect(first.kind === 'contact' && first.outcomes.touchesToFirstReply).toBe(1);
    // 06:50: the CRM shows the 06:00 call without a direction. It is the logged call: still Ana's
    // call back, so first reply after 1 outbound touch, and 0 of 1 calls connected (her call is no
    // attempt of the rep's).
    await saveReading(
      db,
      contactPage(ANA, [voicemail, call('2026-11-20T14:00:00.000Z', { direction: 'unknown', sourceId: 'c-2' })]),
      minutesAgo(10),
      ZONE,
      ZONE,
    );
    const view = await viewOf(db, anaKey);
    expect(view.touches.byChannel.call).toBe(2);
    expect(view.kind === 'contact' && view.outcomes.touchesToFirstReply).toBe(1);
    expect(view.kind === 'contact' && view.outcomes.connectRate).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
