// @vitest-environment happy-dom
// Review tab55b (s55), fixed in lib/adapters/pipedrive/unfilled-history.ts. A Pipedrive deal shows its planned activities in Focus and everything done,
// mailed and changed in History, one feed (crm-evidence-2.md, Pipedrive: the API's feed kinds
// `plannedActivity`, `activity`, `mailMessage`, `dealChange`, …): a deal's History is never empty, it
// holds at least its own creation. The History section is loaded after the header and Focus: for a
// moment its heading and filter chips ("All" pressed) stand over an empty list. Read then, the deal
// is saved as a whole feed holding one planned call and no touch: the panel says "0 touches" and
// "no touches yet" for a deal the rep called and mailed this week.
import { describe, expect, it, vi } from 'vitest';
import { pipedrive } from '../../../lib/adapters/pipedrive';
import { chips, deal, dealBody, FLEET_ITEMS, flow, LARS } from './pipedrive-detail-views';
import { readingsUnder, startRealSession } from './real-crm-session';
import { draw, sessionPerTest, setUrl, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));
const lifetime = sessionPerTest();
const FLEET = 'Brightline — Fleet app';

const planned = flow({
  icon: 'Call',
  href: '/activities/6120',
  subject: 'Follow-up call',
  when: 'November 24, 2026 at 10:00 AM',
  person: LARS,
  done: false,
});
const created = `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Changelog" title="Changelog"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_text__t7Kq2">Deal created</div><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">November 2, 2026 at 9:30 AM</span> · <span>Sam Rivera</span></div></div></div>`;

function page(history: string): string {
  const body = dealBody(FLEET, 'Proposal Made', LARS, '').replace(
    /<section class="FlowSection_root__m3Bq6">[\s\S]*<\/section>/,
    `<section class="FlowSection_root__m3Bq6"><h2 class="cui5-text">Focus</h2>${planned}</section><section class="FlowSection_root__m3Bq6"><h2 class="cui5-text">History</h2>${chips()}<div class="FlowList_list__n4Vc7">${history}</div></section>`,
  );
  return `<div id="root"><main class="AppShell_content__Vb7tQ"><div class="DealDetails_root__s8Lk2">${body}</div></main></div>`;
}

describe('a Pipedrive deal whose History fills 2 s after its header and Focus', () => {
  it('saves no reading as the whole feed while History is still empty', async () => {
    setUrl(deal('812'));
    document.title = `${FLEET} - Deals`;
    draw(page(''));
    const { session } = startRealSession(pipedrive, lifetime.signal);
    session.onRoute(new URL(deal('812')), false);
    await wait(2000);
    draw(page(FLEET_ITEMS.map(flow).join('') + created));
    await vi.waitFor(() => expect(readingsUnder('812').join('\n')).toContain('Pricing call'), { timeout: 5000 });
    const readings = readingsUnder('812');
    const wholeWithoutHistory = readings.filter(
      (r) => !r.includes('Pricing call') && !r.includes(' | ') && !r.startsWith('loading'),
    );
    expect(wholeWithoutHistory, readings.join('\n')).toEqual([]);
  }, 20_000);
});
