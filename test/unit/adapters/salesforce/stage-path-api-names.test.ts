import { describe, expect, it } from 'vitest';
import { dealPage, field, readDeal, relatedCard } from './opportunity-page';

/**
 * The path's steps as a live Aura page renders them (a Lead path copied from a live org into a
 * public repository: `li.runtime_sales_pathassistantPathAssistantTab` with
 * `data-name="OpenNotContacted"` and `data-tab-name` = the picklist's API value, while the link's
 * `title` and the `.slds-path__title` show the label "Open - not contacted"). contracts.md: the
 * stage is "the stage's label as the CRM shows it". In a translated org the Opportunity stage's API
 * value stays English while the page shows the translation.
 */
function liveStep(api: string, label: string, state: 'complete' | 'current' | 'ahead'): string {
  const li =
    state === 'current'
      ? 'slds-is-current slds-is-active'
      : state === 'complete'
        ? 'slds-is-complete'
        : 'slds-is-incomplete';
  return `<li class="${li} slds-path__item runtime_sales_pathassistantPathAssistantTab" role="tab" data-aura-class="runtime_sales_pathassistantPathAssistantTab" data-name="${api}" data-walkthrough-target-hint="self"><a class="tabHeader slds-path__link" aria-selected="${state === 'current'}" data-tab-name="${api}" tabindex="${state === 'current' ? 0 : -1}" role="option" href="javascript:void(0);" data-refid="tab-name" title="${label}"><span class="${state} slds-path__stage"></span><span class="title slds-path__title">${label}</span></a></li>`;
}

function livePath(steps: string): string {
  return `<div class="runtime_sales_pathassistantCollapsibleDrawer"><div class="slds-grid slds-path__scroller-container runtime_sales_pathassistantPathAssistantTabSet"><div class="slds-path__scroller"><div class="slds-path__scroller_inner scroller"><div role="listbox" aria-label="Path Header"><ul class="slds-path__nav" aria-orientation="horizontal" role="tablist" aria-label="Path">${steps}</ul></div></div></div></div></div>`;
}

const HISTORY_DE = [
  'Phase',
  'Betrag',
  'Wahrscheinlichkeit (%)',
  'Schlusstermin',
  'Zuletzt geändert von',
  'Zuletzt geändert',
];

describe('a German org’s path, whose data-name carries the stage’s API value', () => {
  const html = dealPage({
    lang: 'de-DE',
    path: livePath(
      liveStep('Qualification', 'Qualifizierung', 'complete') +
        liveStep('Proposal/Price Quote', 'Angebot/Preisangebot', 'current') +
        liveStep('Negotiation/Review', 'Verhandlung/Prüfung', 'ahead'),
    ),
    fields:
      field('Phase', 'Angebot/Preisangebot') + field('Betrag', '48.000,00 €') + field('Schlusstermin', '15.12.2026'),
    related: relatedCard(
      'Phasenverlauf',
      '(2)',
      HISTORY_DE,
      [
        ['Angebot/Preisangebot', '48.000,00 €', '50', '15.12.2026', 'Alex Morgan', '10.11.2026, 14:15'],
        ['Qualifizierung', '40.000,00 €', '20', '15.12.2026', 'Alex Morgan', '14.10.2026, 11:30'],
      ],
      'OpportunityHistories',
    ),
  });

  it('reads the stage as the page shows it, the label "Angebot/Preisangebot"', () => {
    expect(readDeal(html).record.stage).toBe('Angebot/Preisangebot');
  });

  it('lists the path’s stages by their shown labels', () => {
    expect(readDeal(html).record.stages).toEqual(['Qualifizierung', 'Angebot/Preisangebot', 'Verhandlung/Prüfung']);
  });

  it('keeps the current stage’s entry from Stage History (10 Nov 14:15) as the latest, current one', () => {
    const { record } = readDeal(html);
    // Time in stage counts from the history's latest entry only when it is the current stage (stage-time.ts rule).
    expect(record.stageHistory.at(-1)).toEqual({ stage: record.stage, enteredAt: '2026-11-10T14:15:00.000Z' });
  });
});

describe('an English org whose stage API values differ from their labels', () => {
  it('reads the label "Proposal", not the API value "Stage_3"', () => {
    const html = dealPage({
      path: livePath(
        liveStep('Stage_1', 'Discovery', 'complete') +
          liveStep('Stage_3', 'Proposal', 'current') +
          liveStep('Stage_4', 'Negotiation', 'ahead'),
      ),
      fields: field('Stage', 'Proposal'),
    });
    expect(readDeal(html).record.stage).toBe('Proposal');
  });
});
