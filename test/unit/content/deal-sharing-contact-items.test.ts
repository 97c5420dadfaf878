import { describe, expect, it } from 'vitest';
import { pageLeftOf } from '../../../lib/content/page-left';
import { createRouteSettle } from '../../../lib/content/route-settle';
import { ANA, anaKey, call, contactPage, dealPage } from '../db/hand-pages';

/**
 * The brief's case "a deal and its contact sharing the same timeline items": in HubSpot a deal's
 * timeline shows its contact's calls and emails, so Ana's page and the Renewal deal's page can list
 * exactly the same items. Clicking from Ana to the Renewal deal, the first reading names "Renewal"
 * (not Ana Ortiz) and shows the deal's stage: the new record's page, whose numbers the panel should
 * show promptly, as before this session (a first reading naming another record was the new record).
 * Judged 'unsure' and "looks left", the panel waits the 15 s loading timeout instead of ~2 s.
 */
describe('a click from a contact to its deal whose timeline shows the same items', () => {
  it('takes the first reading naming the deal as the deal’s page (the deal’s numbers are shown promptly, not after 15 s)', () => {
    const items = [call('2026-11-18T17:00:00.000Z'), call('2026-11-19T17:00:00.000Z', { title: 'Follow-up call' })];
    const left = pageLeftOf(contactPage(ANA, items), anaKey);
    const settle = createRouteSettle(left);
    const verdict = settle.judge(dealPage(items));
    expect({ verdict, waitsAsIfLeft: settle.showsLeft() }).toEqual({ verdict: 'new-record', waitsAsIfLeft: false });
  });
});
