/**
 * Review s60 (regb). metrics.md "Logged in Touchline": a touch logged in the panel merges with one page touch of
 * the same channel, on the same day, with the same person, first seen after it was logged.
 * metrics.md: "All day counting happens in the user's time zone". decisions.md: a date-only
 * reading is its date "as printed on the page".
 *
 * A rep whose Touchline setting and Salesforce profile are New York, on a laptop whose clock (the
 * browser's zone) is London. Thu 19 Nov 2026 at 20:00 New York (Fri 20 Nov 01:00 London) she calls
 * Ana Ruiz, gets through and logs the call in the panel. Ten minutes later Ana's Lightning page
 * lists the completed Task "You logged a call with Ana Ruiz" dated "Nov 19" (the due date
 * Salesforce set, in her New York profile).
 *
 * By hand: the logged call is on 19 Nov in the user's zone; the page's call is printed 19 Nov: same
 * day, same person, same channel, first seen after the log: one call. Ana: 1 email + 1 call = 2
 * touches, connect rate 1 of 1. (Passes on 6f08c1c; d44f73d compares the date-only page call only
 * with the logged call's day in the browser's zone, 20 Nov, and shows 2 calls, 1 of 2 connected.)
 * The mirror case (setting and profile Tokyo, browser London, call at 08:30 Fri 20 Nov in Tokyo =
 * 23:30 Thu in London, page "Nov 20") is the second test.
 */
import { describe, expect, it, vi } from 'vitest';

const zone = vi.hoisted(() => ({ browser: 'UTC' }));
vi.mock('../../../lib/db/time-precision', async (orig) => ({
  ...(await orig<typeof import('../../../lib/db/time-precision')>()),
  browserTimeZone: () => zone.browser,
}));

import { page, task, world } from './salesforce-world-in-two-zones';

const ID = '0035e00000RgBbB';
const email = task('00T5e00000RgC01', 'email', 'Intro', 'You sent an email to Ana Ruiz', 'Nov 16');

async function scenario(
  setting: string,
  browser: string,
  times: { before: string; call: string; after: string },
  due: string,
) {
  zone.browser = browser;
  const call = task('00T5e00000RgC02', 'call', 'Call', 'You logged a call with Ana Ruiz', due);
  const w = world(setting, { yourNames: { salesforce: 'Dana Whitfield' } } as never);
  w.clock.now = new Date(times.before);
  const first = await w.open(page(ID, 'Ana Ruiz', 'Dana Whitfield', [['This Month', email]]), ID, zone.browser);
  w.clock.now = new Date(times.call);
  const logged = await w.service.logTouch({
    recordKey: first.view.recordKey,
    channel: 'call',
    timestamp: w.clock.now.toISOString(),
    outcome: 'connected',
  });
  if (!logged.ok) throw new Error(JSON.stringify(logged));
  w.clock.now = new Date(times.after);
  const { view } = await w.open(
    page(ID, 'Ana Ruiz', 'Dana Whitfield', [['This Month', call + email]]),
    ID,
    zone.browser,
  );
  if (view.kind !== 'contact') throw new Error('contact view expected');
  return view;
}

describe('regb: a logged call and its date-only page copy printed on the setting-zone day', () => {
  it('setting New York, browser London, call 20:00 NY Thu 19 Nov, page "Nov 19": one call, 1 of 1', async () => {
    const view = await scenario(
      'America/New_York',
      'Europe/London',
      { before: '2026-11-19T18:00:00Z', call: '2026-11-20T01:00:00Z', after: '2026-11-20T01:10:00Z' },
      'Nov 19',
    );
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.total).toBe(2);
    expect([view.outcomes.connectRate.numerator, view.outcomes.connectRate.denominator]).toEqual([1, 1]);
  });

  it('setting Tokyo, browser London, call 08:30 Tokyo Fri 20 Nov (23:30 Thu London), page "Nov 20": one call', async () => {
    const view = await scenario(
      'Asia/Tokyo',
      'Europe/London',
      { before: '2026-11-19T22:00:00Z', call: '2026-11-19T23:30:00Z', after: '2026-11-19T23:40:00Z' },
      'Nov 20',
    );
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.total).toBe(2);
  });
});
