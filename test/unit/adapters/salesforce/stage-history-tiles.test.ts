// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dealPage, field, path, readDeal, step } from './opportunity-page';

/**
 * A "Stage History" related list shown as tiles (SLDS tile blueprint: the record's first column as
 * the tile title, the other columns as `dt`/`dd` pairs). A Stage History row (OpportunityHistory)
 * has no record page, so its title, the stage, is plain text; the "Last Modified By" value links to
 * the user (Lightning URL shape, crm-pages.md). metrics.md: stage history is "the list of (stage,
 * entered at) for a deal". Oracle, by hand: the stays are Qualification from 12 Oct 2026 2:40 PM
 * and Proposal from 3 Nov 2026 9:14 AM; a user's name is never a stage. (Moved from zz-review-salesforce.)
 */
const tile = (stage: string, date: string, titleClass = 'slds-tile__title slds-truncate') =>
  `<li class="slds-var-p-horizontal_medium"><article class="slds-tile"><h3 class="${titleClass}" title="${stage}">${stage}</h3><div class="slds-tile__detail"><dl class="slds-list_horizontal slds-wrap"><dt class="slds-item_label" title="Amount">Amount:</dt><dd class="slds-item_detail">$48,000.00</dd><dt class="slds-item_label" title="Last Modified By">Last Modified By:</dt><dd class="slds-item_detail"><a href="/lightning/r/User/0055g00000SmRvAAAQ/view">Alex Morgan</a></dd><dt class="slds-item_label" title="Last Modified">Last Modified:</dt><dd class="slds-item_detail">${date}</dd></dl></div></article></li>`;

const card = (tiles: string) =>
  `<lst-related-list-single-container><article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title"><span title="Stage History">Stage History</span> <span>(2)</span></h2></div><div class="slds-card__body"><ul>${tiles}</ul></div></article></lst-related-list-single-container>`;

const stages = (tiles: string) =>
  readDeal(
    dealPage({
      path: path(step('Qualification', 'slds-is-complete') + step('Proposal', 'slds-is-current slds-is-active')),
      fields: field('Stage', 'Proposal'),
      related: card(tiles),
    }),
  ).record.stageHistory.map((s) => s.stage);

describe('a Stage History card shown as tiles', () => {
  it('reads the stages from the tile titles, not the user a tile links to', () => {
    expect(stages(tile('Proposal', '11/3/2026, 9:14 AM') + tile('Qualification', '10/12/2026, 2:40 PM'))).toEqual([
      'Qualification',
      'Proposal',
    ]);
  });

  it('a tile with no title element gives no stage: the user its field links to is none', () => {
    const untitled = tile('Proposal', '11/3/2026, 9:14 AM').replace(/<h3[^>]*>Proposal<\/h3>/, '<p>Proposal</p>');
    expect(untitled).not.toContain('<h3');
    expect(stages(untitled + tile('Qualification', '10/12/2026, 2:40 PM'))).toEqual(['Qualification']);
  });

  it('a title heading without the SLDS title class is still the title', () => {
    const plain = tile('Proposal', '11/3/2026, 9:14 AM', '') + tile('Qualification', '10/12/2026, 2:40 PM', '');
    expect(stages(plain)).toEqual(['Qualification', 'Proposal']);
  });
});
