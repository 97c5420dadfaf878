import { describe, expect, it } from 'vitest';
import { edited } from '../page-variation';
import { deal, withoutDayCounts, withoutItem } from './deal-page-edits';
import { item, personPage } from './hashed-person-page';
import { readWhole } from './read-written-page';

/**
 * crm-evidence-2.md: Pipedrive's classes are cui5 design-system names and
 * build-hashed module names; a widget column beside the History (Smart Docs, an app panel) loads on
 * its own and draws grey skeleton rows while it does (`cui5-skeleton`). Only what loads in the feed
 * makes the feed partial: pd51's own test keeps a spinner in such a widget out ("says nothing about
 * the feed"). At 70ead7b the widget's lower-case skeleton class was no placeholder and the History
 * was read whole. Since 7ee9fa9 `[class*="skeleton" i]` takes any such class anywhere below the first
 * entry: the whole History is reported "still loading", and on a deal whose shown feed holds no stage
 * move the stage is no longer dated from the deal's creation (days in stage unknown) for as long as
 * the widget shows its skeleton.
 *
 * Oracle, by hand: the History was shown whole; nothing about it is missing.
 */
const SKELETON_WIDGET =
  '<div class="DetailView_widgets__h2Jk4"><section class="SidebarSection_root__c6Ws2"><h3>Smart Docs</h3><div class="cui5-skeleton cui5-skeleton--text"></div><div class="cui5-skeleton cui5-skeleton--text"></div></section></div>';

describe('Pipedrive: a widget beside the History drawing cui5 skeleton rows', () => {
  it('leaves a person’s History read whole', () => {
    const page = personPage({
      history: [
        item({ icon: 'Call', done: true, subject: 'Discovery call', date: 'Nov 16, 2026 9:30 AM' }),
        item({ icon: 'Meeting', done: true, subject: 'Onsite demo', date: 'Nov 12, 2026 2:00 PM' }),
      ],
    });
    const html = edited(page, ['</section>\n</div></div>', `</section>\n</div>${SKELETON_WIDGET}</div>`]);
    const result = readWhole('/person/2210', html);
    if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
    expect(result.activities).toHaveLength(2);
    expect(result.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });

  it('still dates a deal’s entry into its stage when the shown History holds no stage move', () => {
    const shown = withoutItem(
      withoutItem(withoutDayCounts(deal.html), 'Stage: Contact Made → Demo Scheduled'),
      'Stage: Qualified → Contact Made',
    );
    const html = edited(shown, [
      '</section>\n        </div>\n      </div>',
      `</section>\n        </div>\n${SKELETON_WIDGET}      </div>`,
    ]);
    const result = readWhole(new URL(deal.url).pathname, html);
    if (result.status !== 'read' || result.kind !== 'deal') throw new Error(`not a deal: ${JSON.stringify(result)}`);
    expect(result.notRead.filter((n) => n.field === 'activities')).toEqual([]);
    expect(result.notRead.map((n) => n.field)).not.toContain('stageHistory');
  });
});
