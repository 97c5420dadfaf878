// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * A lead opened from the Leads Inbox is drawn as a side panel over the list (crm-pages.md;
 * selectors.ts: "the Leads Inbox list's 'header h1' may come before the record's title"). The list
 * keeps its own heading, "Leads Inbox", above the table; the lead panel is an <aside> headed by
 * the lead's title. Its history is the lead's.
 */
const page = (
  listHeader: string,
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

const read = (html: string) => {
  const reading = readWhole('/leads/inbox/2a5c1f60-7e1b-11ef-9a2b-3b1c0e5d7f01', html);
  return reading;
};

describe('Pipedrive lead panel in an aside, beside the Leads Inbox list heading', () => {
  beforeAll(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
  });
  afterAll(() => vi.useRealTimers());

  it('control: without a list heading the lead panel history is read', () => {
    const reading = read(page(''));
    expect(reading.status === 'read' ? reading.activities.map((a) => a.title) : reading).toContain('Discovery call');
  });

  it('with the list heading "Leads Inbox" (header h1) the lead panel history is still read', () => {
    const reading = read(page('<header class="LeadsList_header__k3"><h1 class="cui5-text">Leads Inbox</h1></header>'));
    expect(reading.status === 'read' ? reading.activities.map((a) => a.title) : reading).toContain('Discovery call');
  });

  it('with the list heading as a plain h1 the lead panel history is still read', () => {
    const reading = read(page('<div class="LeadsList_toolbar__k3"><h1 class="cui5-text">Leads Inbox</h1></div>'));
    expect(reading.status === 'read' ? reading.activities.map((a) => a.title) : reading).toContain('Discovery call');
  });
});
