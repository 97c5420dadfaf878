/**
 * Only a change of the deal's own stage is a stage change. Pipedrive companies add their own deal
 * fields; one named like "Project stage" (fr "Étape du projet") logs its own changelog rows. The
 * pipeline's stages are the bar's (Qualified … Negotiations Started); the deal moved Contact Made →
 * Demo Scheduled on 17 Nov and is still there. Read as a stage change, "Rollout" becomes the
 * deal's latest stage in its history: days in stage is no longer shown (the history's latest
 * entry is not the current stage) and Demo Scheduled counts as converted to a later stage.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const ITEM = (text: string, date: string) => `<div class="FlowItem_item__t7Kq2">
                <span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Changelog" title="Changelog"></span>
                <div class="FlowItem_card__t7Kq2">
                  <div class="FlowItem_text__t7Kq2">${text}</div>
                  <div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>Casey Nguyen</span></div>
                </div>
              </div>
              `;

describe('Pipedrive deal changelog rows of a custom field named like a stage', () => {
  it.each([
    [
      'en',
      'deal-hashed',
      'Project stage: Planning → Rollout',
      'November 18, 2026 at 4:00 PM',
      ['Qualified', 'Contact Made', 'Demo Scheduled'],
    ],
    [
      'fr',
      'deal-hashed-fr',
      'Étape du projet: Planification → Déploiement',
      '18 novembre 2026 à 16:00',
      ['Qualifié', 'Contact établi', 'Démo planifiée'],
    ],
  ] as const)('are not moves of the deal (%s)', (_lang, name, row, date, stages) => {
    const deal = fixturePage('pipedrive', name);
    // The new row goes first in the History list (newest first).
    const page = edited(deal.html, [
      '<div class="FlowList_list__n4Vc7">\n',
      `<div class="FlowList_list__n4Vc7">\n              ${ITEM(row, date)}`,
    ]);
    const history = readPage(page, deal.url).record.stageHistory as { stage: string }[];
    expect(history.map((e) => e.stage)).toEqual(stages);
  });

  it('is not a move either when headed "Project stage changed" above an unlabelled "A → B" line', () => {
    const deal = fixturePage('pipedrive', 'deal-hashed');
    const headed = `<div class="FlowItem_title__t7Kq2">Project stage changed</div><div class="FlowItem_text__t7Kq2">Planning → Rollout</div>`;
    const page = edited(deal.html, [
      '<div class="FlowList_list__n4Vc7">\n',
      `<div class="FlowList_list__n4Vc7">\n              ${ITEM(headed, 'November 18, 2026 at 4:00 PM')}`,
    ]);
    const history = readPage(page, deal.url).record.stageHistory as { stage: string }[];
    expect(history.map((e) => e.stage)).toEqual(['Qualified', 'Contact Made', 'Demo Scheduled']);
  });
});
