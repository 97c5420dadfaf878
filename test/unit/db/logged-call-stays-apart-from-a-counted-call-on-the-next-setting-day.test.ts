/**
 * Review s60 (regd). metrics.md "Logged in Touchline": a touch logged in the panel merges with one page touch of
 * the same channel, on the same day, with the same person. metrics.md: "All day counting happens in
 * the user's time zone". HubSpot's "3 hours ago" stands for 2 h 30 to 3 h 29 back (rounded).
 *
 * A rep in New York (browser zone America/New_York, HubSpot prints there) whose Touchline setting is
 * Europe/London (company zone). Thu 19 Nov 2026 21:00 New York (Fri 20 Nov 02:00 London) she calls
 * Ana Ruiz from her mobile and logs it in the panel (HubSpot does not have it). Fri 20 Nov 20:00
 * New York (Sat 21 Nov 01:00 London) she calls Ana again from HubSpot. At 23:00 New York she opens
 * Ana's page: that call is listed "3 hours ago".
 *
 * By hand: the logged call is Fri 20 Nov in the user's zone (London). The page call is 19:30-20:30
 * New York = 00:30-01:30 Sat 21 Nov London: another day. No merge: 2 calls + 1 email = 3 touches.
 */
import { describe, expect, it, vi } from 'vitest';

const zone = vi.hoisted(() => ({ browser: 'UTC' }));
vi.mock('../../../lib/db/time-precision', async (orig) => ({
  ...(await orig<typeof import('../../../lib/db/time-precision')>()),
  browserTimeZone: () => zone.browser,
}));

import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import { createService } from '../../../lib/background/service';
import { openTouchlineDb } from '../../../lib/db/open';
import { defaultSettings } from '../../../lib/schema/settings';
import type { ContactView } from '../../../lib/schema/view-model';
import { loadPage } from '../capture/page-window';
import { hsContact, hsEvent, hsUrl } from './hubspot-counted-call-page';

async function scenario(
  setting: string,
  browser: string,
  t: { first: string; log: string; again: string },
  events: string[],
) {
  zone.browser = browser;
  const db = openTouchlineDb(`logged-count-${Math.random().toString(36).slice(2)}`);
  const clock = { now: new Date(t.first) };
  const settings = defaultSettings(setting);
  const service = createService({ db, now: () => clock.now, settings: async () => settings });
  const open = async (evs: string[]) => {
    const u = new URL(hsUrl('502'));
    const page = recordPageOf(u, ADAPTERS);
    if (!page) throw new Error('not a record page');
    const loaded = loadPage(hsContact('502', 'Ana Ruiz', 'Dana Whitfield', evs), u.href);
    const reading = readRecordPage(page, loaded.doc, u, { now: clock.now, timeZone: browser });
    loaded.close();
    const answer = await service.readingSaved(reading);
    if (!answer.ok || !('view' in answer) || !answer.view || answer.view.kind !== 'contact')
      throw new Error(JSON.stringify(answer));
    return answer.view as ContactView;
  };
  const email = hsEvent('Email sent by Dana Whitfield: Proposal', 'Nov 16, 2026 at 9:00 AM');
  const first = await open([email]);
  clock.now = new Date(t.log);
  const logged = await service.logTouch({
    recordKey: first.recordKey,
    channel: 'call',
    timestamp: t.log,
    outcome: 'connected',
  });
  if (!logged.ok) throw new Error(JSON.stringify(logged));
  clock.now = new Date(t.again);
  return open([...events, email]);
}

describe('a logged call and a counted page call on the next day in the setting zone', () => {
  it('setting London, browser New York: logged Thu 21:00 NY, page call "3 hours ago" read Fri 23:00 NY: 2 calls', async () => {
    const view = await scenario(
      'Europe/London',
      'America/New_York',
      { first: '2026-11-20T01:00:00Z', log: '2026-11-20T02:00:00Z', again: '2026-11-21T04:00:00Z' },
      [hsEvent('Call - Connected made by Dana Whitfield', '3 hours ago', 'Second call')],
    );
    expect(view.touches.byChannel.call).toBe(2);
    expect(view.touches.total).toBe(3);
  });
  it('setting Tokyo, browser London: logged Thu 20:00 London (Fri 05:00 Tokyo), page call "3 hours ago" read Fri 21:00 London (Sat 06:00 Tokyo): 2 calls', async () => {
    const view = await scenario(
      'Asia/Tokyo',
      'Europe/London',
      { first: '2026-11-19T19:00:00Z', log: '2026-11-19T20:00:00Z', again: '2026-11-20T21:00:00Z' },
      [hsEvent('Call - Connected made by Dana Whitfield', '3 hours ago', 'Second call')],
    );
    expect(view.touches.byChannel.call).toBe(2);
    expect(view.touches.total).toBe(3);
  });
});
