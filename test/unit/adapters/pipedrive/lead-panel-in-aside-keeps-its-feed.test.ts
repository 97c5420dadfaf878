// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * From review regress2 (session 48), a regression of 9ac8627. A lead opened from the Leads Inbox
 * is drawn as a side panel over the list (crm-pages.md). Where that panel was an `<aside>` and no
 * known view marker found it, the view was the page's `main`, and find-items.ts inSidebar dropped
 * every entry inside the aside: the lead's call and note were lost with nothing reported. An aside
 * holding the record's title is the record's panel, not a sidebar. From the regression review of
 * session 49: the list may keep its own heading, "Leads Inbox", which the record name is read from
 * first; the aside still holds the feed, as no entry stands outside it.
 */
const page = (
  listHeader = '',
) => `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Leads Inbox</title></head><body>
<div id="root"><main class="App_main__k2Lp0">
<div class="LeadsList_root__x1">${listHeader}<table><tbody>
<tr><td>Fleet pilot lead</td><td>Jordan Costa</td></tr><tr><td>Depot rollout lead</td><td>Rita Brandt</td></tr>
</tbody></table></div>
<aside class="LeadPanel_root__q9Zt1" aria-label="Lead details">
<header class="LeadPanel_header__a1"><h1 class="cui5-text">Fleet pilot lead</h1></header>
<section class="sc-kDvujY hHgWkP"><h2>History</h2><ul class="sc-csKJxZ jMcPzq">
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/8801">Discovery call</a></div><div><span>November 18, 2026 at 2:05 PM</span> · <span>Alex Morgan</span></div></li>
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="Note"></span><div><span>November 17, 2026 at 9:00 AM</span> · <span>Alex Morgan</span></div><div>Jordan wants a pilot in Q1.</div></li>
</ul></section>
</aside>
</main></div></body></html>`;

describe('Pipedrive lead side panel drawn as an aside, found through main', () => {
  beforeAll(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
  });
  afterAll(() => vi.useRealTimers());

  it.each([
    ['no list heading', ''],
    [
      'the list heading "Leads Inbox" in a header',
      '<header class="LeadsList_header__k3"><h1 class="cui5-text">Leads Inbox</h1></header>',
    ],
    [
      'the list heading as a plain h1',
      '<div class="LeadsList_toolbar__k3"><h1 class="cui5-text">Leads Inbox</h1></div>',
    ],
  ])('reads the lead panel history entries with %s', (_, listHeader) => {
    const reading = readWhole('/leads/inbox/2a5c1f60-7e1b-11ef-9a2b-3b1c0e5d7f01', page(listHeader));
    if (reading.status !== 'read') throw new Error(JSON.stringify(reading));
    expect(reading.activities.map((a) => a.title)).toContain('Discovery call');
  });
});
