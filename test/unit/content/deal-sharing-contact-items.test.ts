import { describe, expect, it } from 'vitest';
import { pageLeftOf } from '../../../lib/content/page-left';
import { createRouteSettle } from '../../../lib/content/route-settle';
import { ANA, anaKey, call, contactPage, dealPage } from '../db/hand-pages';

/**
 * The brief's case "a deal and its contact sharing the same timeline items": in HubSpot a deal's
 * timeline shows its contact's calls and emails, so Ana's page and the Renewal deal's page can list
 * exactly the same items. Clicking from Ana to the Renewal deal, the first reading names "Renewal"
 * (not Ana Ortiz) and shows the deal's stage: the new record's page, whose numbers the panel should
 * show promptly. Judged "looks left", the panel waits the 15 s loading timeout instead of ~2 s.
 * It is unsure all the same (review s45): the deal's header drawn over Ana's timeline in the route
 * change's task reads the same, so it is reported once the ~2 s settle time is over
 * (deal-header-drawn-in-route-task-waits-settle-time.test.ts), not at once.
 */
describe('a click from a contact to its deal whose timeline shows the same items', () => {
  it('does not take the first reading naming the deal for the page left (the deal’s numbers are shown after the settle time, not after 15 s)', () => {
    const items = [call('2026-11-18T17:00:00.000Z'), call('2026-11-19T17:00:00.000Z', { title: 'Follow-up call' })];
    const left = pageLeftOf(contactPage(ANA, items), anaKey);
    const settle = createRouteSettle(left);
    const verdict = settle.judge(dealPage(items));
    expect({ verdict, waitsAsIfLeft: settle.showsLeft() }).toEqual({ verdict: 'unsure', waitsAsIfLeft: false });
  });
});
