/**
 * Review s60 (regd, a minutes count). metrics.md "Logged in Touchline": a touch logged in the panel merges with one page touch of
 * the same channel, on the same day, with the same person. metrics.md: "All day counting happens in
 * the user's time zone". HubSpot's "3 hours ago" stands for 2 h 30 to 3 h 29 back (rounded).
 *
 * One zone everywhere (Europe/London): Thu 19 Nov 2026 23:40 the rep calls a contact on the US
 * West Coast (15:40 there) from her mobile and logs it in the panel. Fri 20 Nov 00:15 she calls again
 * from HubSpot; at 00:20 she opens the page: that call is listed "5 minutes ago".
 * By hand: "5 minutes ago" is 00:14-00:16 Fri: Friday on every clock; the logged call is Thursday's:
 * not the same day, no merge: 2 calls + 1 email = 3 touches. (A count of minutes is not rounded to
 * the hour: half an hour back from it reaches nothing.)
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

describe('a call counted in minutes after midnight and a logged call before it', () => {
  it('London everywhere: logged Thu 23:40, page call "5 minutes ago" read Fri 00:20: 2 calls', async () => {
    const view = await scenario(
      'Europe/London',
      'Europe/London',
      { first: '2026-11-19T23:00:00Z', log: '2026-11-19T23:40:00Z', again: '2026-11-20T00:20:00Z' },
      [hsEvent('Call - Connected made by Dana Whitfield', '5 minutes ago', 'Second call')],
    );
    expect(view.touches.byChannel.call).toBe(2);
    expect(view.touches.total).toBe(3);
  });
  it('the same call "35 minutes ago" read Fri 00:50 (00:14-00:16 Fri): 2 calls', async () => {
    const view = await scenario(
      'Europe/London',
      'Europe/London',
      { first: '2026-11-19T23:00:00Z', log: '2026-11-19T23:40:00Z', again: '2026-11-20T00:50:00Z' },
      [hsEvent('Call - Connected made by Dana Whitfield', '35 minutes ago', 'Second call')],
    );
    expect(view.touches.byChannel.call).toBe(2);
  });
});
