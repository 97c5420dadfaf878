/**
 * Review s60 (tz). metrics.md "Logged in Touchline": "a touch logged in the panel merges with
 * **one** page touch of the same channel, on the same day, with the same person ..., provided
 * Touchline first saw that page touch after the touch was logged". crm-pages.md: dates appear "as
 * relative text" too; HubSpot rounds its counts ("3 hours ago" stands for 2 h 30 to 3 h 29: the
 * project's own rule, lib/db/time-precision.ts COUNTED_TIME_LATER_MS / countWithinDay).
 *
 * One zone everywhere (UTC: browser, HubSpot profile and setting). Thu 19 Nov 2026 23:50 the rep calls
 * Ana Ruiz, gets through, and at 23:52 logs the call in the panel. Fri 20 Nov 03:15 she opens Ana's
 * HubSpot page again: the call is there, "Call - Connected made by Dana Whitfield", dated
 * "3 hours ago" (3 h 25 min, rounded).
 *
 * By hand: one call, logged, then first seen on the page: 1 call, 1 email (16 Nov), 2 touches,
 * connect rate 1 of 1. The page's "3 hours ago" read at 03:15 is any time from 23:46 Thu to 00:45
 * Fri, so nothing puts it on another day than the logged call. Touchline took the count's own
 * arithmetic (00:15 Fri) as the page touch's day and kept the logged call apart: 2 calls, 2 of 2
 * connected. Read at 02:50 instead (control), the same count is "on Thursday" and merges.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import { createService } from '../../../lib/background/service';
import { openTouchlineDb } from '../../../lib/db/open';
import { defaultSettings } from '../../../lib/schema/settings';
import type { ContactView } from '../../../lib/schema/view-model';
import { loadPage } from '../capture/page-window';
import { hsContact, hsEvent, hsUrl } from './hubspot-counted-call-page';

const email = hsEvent('Email sent by Dana Whitfield: Proposal', 'Nov 16, 2026 at 9:00 AM');
const call = hsEvent('Call - Connected made by Dana Whitfield', '3 hours ago', 'Talked pricing');

async function scenario(readAgainAt: string): Promise<ContactView> {
  const db = openTouchlineDb(`tz-hs-${Math.random().toString(36).slice(2)}`);
  const clock = { now: new Date('2026-11-19T15:00:00Z') };
  const settings = defaultSettings('UTC');
  const service = createService({ db, now: () => clock.now, settings: async () => settings });
  const open = async (events: string[]) => {
    const u = new URL(hsUrl('501'));
    const page = recordPageOf(u, ADAPTERS);
    if (!page) throw new Error('not a record page');
    const loaded = loadPage(hsContact('501', 'Ana Ruiz', 'Dana Whitfield', events), u.href);
    const reading = readRecordPage(page, loaded.doc, u, { now: clock.now, timeZone: 'UTC' });
    loaded.close();
    const answer = await service.readingSaved(reading);
    if (!answer.ok || !('view' in answer) || !answer.view || answer.view.kind !== 'contact')
      throw new Error(JSON.stringify(answer));
    return answer.view;
  };
  const first = await open([email]);
  clock.now = new Date('2026-11-19T23:52:00Z');
  const logged = await service.logTouch({
    recordKey: first.recordKey,
    channel: 'call',
    timestamp: clock.now.toISOString(),
    outcome: 'connected',
  });
  if (!logged.ok) throw new Error(JSON.stringify(logged));
  clock.now = new Date(readAgainAt);
  return open([call, email]);
}

describe('a call at 23:50 logged at 23:52, on the HubSpot page as "3 hours ago"', () => {
  it('read at 03:15: one call, 1 of 1 connected', async () => {
    const view = await scenario('2026-11-20T03:15:00Z');
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.total).toBe(2);
    expect([view.outcomes.connectRate.numerator, view.outcomes.connectRate.denominator]).toEqual([1, 1]);
  });

  it('control: read at 02:50, one call', async () => {
    const view = await scenario('2026-11-20T02:50:00Z');
    expect(view.touches.byChannel.call).toBe(1);
    expect(view.touches.total).toBe(2);
  });
});
