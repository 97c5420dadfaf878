/**
 * A History still fetching its next page of entries shows a spinner or a "Loading…" line below
 * the last shown entry (crm-pages.md: "the timeline scrolls in more items"). crm-evidence-2.md says
 * ARIA roles outlast classes, so the spinner is told by its role (`role="progressbar"`, a
 * `role="status"` line saying it loads) where no skeleton class shows. Unseen, the shown entries
 * read as the whole history, and a deal's stage was dated from its creation with a confident count
 * of days in stage. Only in the feed: a spinner loading a widget beside it, or a status line saying
 * something else ("Activity saved"), says nothing about the feed. Review pd51.
 */
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { edited } from '../page-variation';
import { deal, withoutDayCounts, withoutItem } from './deal-page-edits';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

const history = [
  item({ icon: 'Call', done: true, subject: 'Discovery call', date: 'Nov 16, 2026 9:30 AM' }),
  item({ icon: 'Meeting', done: true, subject: 'Onsite demo', date: 'Nov 12, 2026 2:00 PM' }),
];

const SPINNER =
  '<div class="FlowList_loader__n4Vc7"><div class="cui5-spinner" role="progressbar" aria-label="Loading"></div></div>';

function person(html: string) {
  const result = readWhole('/person/2210', html);
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return result;
}

const gaps = (result: Extract<ReadResult, { status: 'read' }>) =>
  result.notRead.filter((n) => n.field === 'activities').map((n) => n.reason);

describe('Pipedrive History with more entries still loading below it', () => {
  it.each([
    ['a cui5 spinner (role="progressbar")', SPINNER, 'en-US'],
    ['a "Loading…" status line', '<div role="status" class="FlowList_loading__n4Vc7">Loading…</div>', 'en-US'],
    ['a German "Wird geladen …" status line', '<div role="status">Wird geladen …</div>', 'de-DE'],
  ])('%s reports the activities as partly read', (_name, afterHistory, lang) => {
    const result = person(personPage({ lang, history, afterHistory }));
    expect(result.activities).toHaveLength(2);
    expect(gaps(result)).toEqual(['more history items were still loading']);
  });

  it('a status line saying something else leaves the feed whole', () => {
    const result = person(personPage({ history, afterHistory: '<div role="status">Activity saved</div>' }));
    expect(gaps(result)).toEqual([]);
  });

  it('a spinner loading a widget in the column beside the feed leaves the feed whole', () => {
    const widget = `<div class="DetailView_widgets__h2Jk4"><section class="SidebarSection_root__c6Ws2"><h3>Smart Docs</h3>${SPINNER}</section></div>`;
    const html = edited(personPage({ history }), ['</section>\n</div></div>', `</section>\n</div>${widget}</div>`]);
    expect(gaps(person(html))).toEqual([]);
  });
});

describe('a deal whose History is still loading below a spinner', () => {
  it('does not date its entry into the current stage from the deal’s creation', () => {
    // The bar shows no day counts and both stage moves are in the part still loading: the shown feed
    // holds none. Read as entered at creation (30 Oct), Demo Scheduled showed an exact 21 days in stage.
    const shown = withoutItem(
      withoutItem(withoutDayCounts(deal.html), 'Stage: Contact Made → Demo Scheduled'),
      'Stage: Qualified → Contact Made',
    );
    const html = edited(shown, [
      '</section>\n        </div>\n      </div>',
      `${SPINNER}</section>\n        </div>\n      </div>`,
    ]);
    const result = readWhole(new URL(deal.url).pathname, html);
    if (result.status !== 'read' || result.kind !== 'deal') throw new Error(`not a deal: ${JSON.stringify(result)}`);
    expect(result.record.stage).toBe('Demo Scheduled');
    expect(result.record.stageHistory ?? []).not.toContainEqual(
      expect.objectContaining({ enteredAt: '2026-10-30T11:00:00.000Z' }),
    );
    expect(result.notRead.map((n) => n.field)).toEqual(expect.arrayContaining(['activities', 'stageHistory']));
  });
});
