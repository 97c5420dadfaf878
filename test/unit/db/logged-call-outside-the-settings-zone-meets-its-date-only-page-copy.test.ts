/**
 * Review s60 (tz). metrics.md "Logged in Touchline": "a touch logged in the panel merges with
 * **one** page touch of the same channel, on the same day, with the same person ..., provided
 * Touchline first saw that page touch after the touch was logged". decisions.md: a date-only
 * reading is its date "as printed on the page; never the time-zone setting".
 *
 * A rep in New York (browser and Salesforce profile in New York) whose Touchline zone setting is
 * the company's, Europe/London. Thu 19 Nov 2026 at 19:30 New York (Fri 20 Nov 00:30 London) she
 * calls Ana Ruiz, gets through, and logs the call in the panel ("now as the time"). Ten minutes
 * later she reloads Ana's Lightning page: the call is now listed as a completed Task, "You logged
 * a call with Ana Ruiz", dated by Salesforce's due-date text "Today" (19 Nov, as printed in New York).
 *
 * By hand: one call, made and logged on 19 Nov as the page prints days, first seen on the page after
 * it was logged: the logged call and the page's call are one touch. Ana has 1 email (16 Nov) +
 * 1 call = 2 touches, 1 call, connect rate 1 of 1; the team page's row for Dana says the same.
 * Touchline took the logged call's day in the setting's zone (20 Nov in London) and the page
 * call's day as printed (19 Nov): "not the same day", so the panel showed 2 calls, 1 of 2 connected.
 * The same steps with the setting on New York give 1 call (control below). The same happens to a
 * rep in Tokyo (browser and profile) with the setting on London who calls at 08:30 on Fri 20 Nov
 * (23:30 Thu in London) and sees the call listed "Today" (20 Nov) ten minutes later.
 */
import { describe, expect, it, vi } from 'vitest';

const zone = vi.hoisted(() => ({ browser: 'UTC' }));
vi.mock('../../../lib/db/time-precision', async (orig) => ({
  ...(await orig<typeof import('../../../lib/db/time-precision')>()),
  browserTimeZone: () => zone.browser,
}));

import { loadTeamView } from '../../../lib/team/load-team-view';
import { page, task, world } from './salesforce-world-in-two-zones';

const ID = '0035e00000TzAaA';
/** 15:00, 19:30 (00:30 London on the 20th) and 19:40 on Thu 19 Nov in New York. */
const NEW_YORK = { before: '2026-11-19T20:00:00Z', call: '2026-11-20T00:30:00Z', after: '2026-11-20T00:40:00Z' };
/** Fri 20 Nov in Tokyo: 08:00, 08:30 (23:30 Thu 19 Nov in London) and 08:40. */
const TOKYO = { before: '2026-11-19T23:00:00Z', call: '2026-11-19T23:30:00Z', after: '2026-11-19T23:40:00Z' };
const email = task('00T5e00000TzB01', 'email', 'Intro', 'You sent an email to Ana Ruiz', 'Nov 16');
const call = task('00T5e00000TzB02', 'call', 'Call', 'You logged a call with Ana Ruiz', 'Today');

async function scenario(setting: string, browser = 'America/New_York', times = NEW_YORK) {
  zone.browser = browser;
  const w = world(setting, { yourNames: { salesforce: 'Dana Whitfield' } } as never);
  w.clock.now = new Date(times.before); // Ana's page, the email only
  const first = await w.open(page(ID, 'Ana Ruiz', 'Dana Whitfield', [['This Month', email]]), ID, zone.browser);
  const key = first.view.recordKey;
  w.clock.now = new Date(times.call); // the call, logged
  const logged = await w.service.logTouch({
    recordKey: key,
    channel: 'call',
    timestamp: w.clock.now.toISOString(),
    outcome: 'connected',
  });
  if (!logged.ok) throw new Error(JSON.stringify(logged));
  w.clock.now = new Date(times.after); // the page again, the call listed "Today"
  const { view } = await w.open(
    page(ID, 'Ana Ruiz', 'Dana Whitfield', [['This Month', call + email]]),
    ID,
    zone.browser,
  );
  if (view.kind !== 'contact') throw new Error('contact view expected');
  const team = await loadTeamView({
    db: await w.db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: w.settings,
    now: w.clock.now,
  });
  return { view, rep: team.reps.find((r) => r.rep === 'Dana Whitfield') };
}

describe('a call logged at 19:30 in New York, listed by Salesforce as "Today", setting Europe/London', () => {
  it('is one call on the panel and on the team page, 1 of 1 connected', async () => {
    const { view, rep } = await scenario('Europe/London');
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.total).toBe(2);
    expect([view.outcomes.connectRate.numerator, view.outcomes.connectRate.denominator]).toEqual([1, 1]);
    expect([rep?.counts.total, rep?.counts.byChannel.call]).toEqual([2, 1]);
  });

  it('the same the other way round: a rep in Tokyo calls at 08:30, setting Europe/London (23:30 the day before)', async () => {
    const { view, rep } = await scenario('Europe/London', 'Asia/Tokyo', TOKYO);
    expect(view.touches.byChannel.call).toBe(1);
    expect([view.outcomes.connectRate.numerator, view.outcomes.connectRate.denominator]).toEqual([1, 1]);
    expect([rep?.counts.total, rep?.counts.byChannel.call]).toEqual([2, 1]);
  });

  it('control: with the setting on New York the same steps give one call', async () => {
    const { view, rep } = await scenario('America/New_York');
    expect(view.touches.byChannel.call).toBe(1);
    expect([rep?.counts.total, rep?.counts.byChannel.call]).toEqual([2, 1]);
  });
});
