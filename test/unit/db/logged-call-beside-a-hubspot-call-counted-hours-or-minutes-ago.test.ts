/**
 * metrics.md "Logged in Touchline": a touch logged in the panel merges with one page touch of the
 * same channel, on the same day, with the same person, first seen after it was logged; "All day
 * counting happens in the user's time zone". HubSpot prints a recent time as a count: "3 hours ago"
 * stands for 2 h 30 to 3 h 29 back (rounded), "5 minutes ago" for its minute. A count reaches the
 * days its span reaches, never further. The rep logs a call in the panel, then opens the contact's
 * HubSpot page, which lists a connected call by its count (and her email of 16 Nov).
 * Reviews s60 (tz, regb, regd): a call just before midnight was counted twice; then a Friday call
 * took Thursday's logged call, in one zone and where the setting's zone is not the browser's.
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

const email = hsEvent('Email sent by Dana Whitfield: Proposal', 'Nov 16, 2026 at 9:00 AM');
const counted = (when: string) => hsEvent('Call - Connected made by Dana Whitfield', when, 'Second call');

/** The call logged at `t.log`, the page read first at `t.first` and again at `t.again` showing `events`. */
async function logThenRead(
  zones: { setting: string; browser: string },
  t: { first: string; log: string; again: string },
  events: string[],
): Promise<ContactView> {
  zone.browser = zones.browser;
  const db = openTouchlineDb(`logged-count-${Math.random().toString(36).slice(2)}`);
  const clock = { now: new Date(t.first) };
  const settings = defaultSettings(zones.setting);
  const service = createService({ db, now: () => clock.now, settings: async () => settings });
  const open = async (shown: string[]) => {
    const url = new URL(hsUrl('502'));
    const page = recordPageOf(url, ADAPTERS);
    if (!page) throw new Error('not a record page');
    const loaded = loadPage(hsContact('502', 'Ana Ruiz', 'Dana Whitfield', shown), url.href);
    const reading = readRecordPage(page, loaded.doc, url, { now: clock.now, timeZone: zones.browser });
    loaded.close();
    const answer = await service.readingSaved(reading);
    if (!answer.ok || !('view' in answer) || !answer.view || answer.view.kind !== 'contact')
      throw new Error(JSON.stringify(answer));
    return answer.view;
  };
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

const calls = (view: ContactView) => [view.touches.byChannel.call, view.touches.total];
const UTC = { setting: 'UTC', browser: 'UTC' };

describe('a call logged at 23:52 (made 23:50), on the page as "3 hours ago": one call', () => {
  const late = { first: '2026-11-19T15:00:00Z', log: '2026-11-19T23:52:00Z' };
  it.each([
    ['03:15 (23:46–00:45 Fri: it reaches Thursday)', '2026-11-20T03:15:00Z'],
    ['02:50 (control)', '2026-11-20T02:50:00Z'],
  ])('read at %s', async (_, again) => {
    const view = await logThenRead(UTC, { ...late, again }, [counted('3 hours ago')]);
    expect(calls(view)).toEqual([1, 2]);
    expect([view.outcomes.connectRate.numerator, view.outcomes.connectRate.denominator]).toEqual([1, 1]);
  });
});

describe('a call logged one day and a call counted on the next: two calls', () => {
  it.each([
    // "3 hours ago" at 03:50 is 00:21–01:20 Friday; the logged call is Thursday morning's.
    [
      'UTC, logged Thu 09:00, "3 hours ago" read Fri 03:50',
      UTC,
      ['2026-11-19T08:00:00Z', '2026-11-19T09:00:00Z', '2026-11-20T03:50:00Z'],
      '3 hours ago',
    ],
    // Logged Thu 21:00 New York (Fri 20 in London); the page call 19:30–20:30 Fri New York is Sat 21 in London.
    [
      'setting London, browser New York',
      { setting: 'Europe/London', browser: 'America/New_York' },
      ['2026-11-20T01:00:00Z', '2026-11-20T02:00:00Z', '2026-11-21T04:00:00Z'],
      '3 hours ago',
    ],
    [
      'setting Tokyo, browser London',
      { setting: 'Asia/Tokyo', browser: 'Europe/London' },
      ['2026-11-19T19:00:00Z', '2026-11-19T20:00:00Z', '2026-11-20T21:00:00Z'],
      '3 hours ago',
    ],
    // Review s60 (rege): logged Thu 23:00 Tokyo; "3 hours ago" read 20:00 UTC is Fri 01:30–02:29 Tokyo (both Thursday in London).
    [
      'setting Tokyo, browser London, both Thursday in London',
      { setting: 'Asia/Tokyo', browser: 'Europe/London' },
      ['2026-11-19T13:00:00Z', '2026-11-19T14:00:00Z', '2026-11-19T20:00:00Z'],
      '3 hours ago',
    ],
    // "5 minutes ago" at 00:20 is 00:15 Friday; "35 minutes ago" at 00:50 too: a count of minutes reaches its minute.
    [
      'London, logged Thu 23:40, "5 minutes ago" read Fri 00:20',
      { setting: 'Europe/London', browser: 'Europe/London' },
      ['2026-11-19T23:00:00Z', '2026-11-19T23:40:00Z', '2026-11-20T00:20:00Z'],
      '5 minutes ago',
    ],
    [
      'London, logged Thu 23:40, "35 minutes ago" read Fri 00:50',
      { setting: 'Europe/London', browser: 'Europe/London' },
      ['2026-11-19T23:00:00Z', '2026-11-19T23:40:00Z', '2026-11-20T00:50:00Z'],
      '35 minutes ago',
    ],
  ] as const)('%s', async (_, zones, [first, log, again], when) => {
    expect(calls(await logThenRead(zones, { first, log, again }, [counted(when)]))).toEqual([2, 3]);
  });

  it('UTC: the Thursday call listed with its time too, beside the Friday count: two calls', async () => {
    const morning = hsEvent('Call - Connected made by Dana Whitfield', 'Nov 19, 2026 at 9:00 AM', 'Morning call');
    const view = await logThenRead(
      UTC,
      { first: '2026-11-19T08:00:00Z', log: '2026-11-19T09:00:00Z', again: '2026-11-20T03:50:00Z' },
      [counted('3 hours ago'), morning],
    );
    expect(calls(view)).toEqual([2, 3]);
  });
});
