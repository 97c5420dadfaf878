import { Window } from 'happy-dom';
import { salesforce } from '../../../../lib/adapters/salesforce';

/**
 * Test-page builder: a Lightning Opportunity page as crm-pages.md and
 * crm-evidence-2.md describe it (active view, records-highlights2, record layout items, the SLDS
 * path, related list cards with "(n+)" counts), built by hand for each case.
 */
export const URL_DEAL = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000DpQ00AAF/view';
export const NOW = new Date('2026-11-20T15:00:00Z');

export function field(label: string, value: string): string {
  return `<records-record-layout-item field-label="${label}" class="slds-form__item"><div class="slds-form-element slds-form-element_readonly"><span class="test-id__field-label slds-form-element__label">${label}</span><div class="slds-form-element__control"><span slot="outputField"><lightning-formatted-text>${value}</lightning-formatted-text></span><button class="slds-button test-id__inline-edit-trigger" title="Edit ${label}">Edit ${label}</button></div></div></records-record-layout-item>`;
}

/** An SLDS path step; `state` is the li's state classes. */
export function step(name: string, state: string, assistive = ''): string {
  const selected = /slds-is-active/.test(state);
  return `<li class="slds-path__item runtime_sales_pathassistantPathAssistantTab ${state}" data-name="${name}" role="presentation"><a aria-selected="${selected}" class="slds-path__link" role="option" tabindex="${selected ? 0 : -1}" title="${name}"><span class="slds-path__stage">${assistive ? `<span class="slds-assistive-text">${assistive}</span>` : ''}</span><span class="title slds-path__title">${name}</span></a></li>`;
}

export function path(steps: string): string {
  return `<div class="runtime_sales_pathassistantCollapsibleDrawer slds-path"><ul class="slds-path__nav" role="listbox">${steps}</ul></div>`;
}

/** A related list card as Lightning's single related list renders it: title, count, table, "View All". */
export function relatedCard(
  title: string,
  count: string,
  headings: string[],
  rows: string[][],
  listApi: string,
): string {
  return `<lst-related-list-single-container><article class="slds-card slds-card_boundary"><div class="slds-card__header slds-grid"><header><h2 class="slds-card__header-title"><a href="/lightning/r/Opportunity/0065g00000DpQ00AAF/related/${listApi}/view"><span title="${title}">${title}</span> <span>${count}</span></a></h2></header></div><div class="slds-card__body"><table class="slds-table slds-table_bordered"><thead><tr>${headings
    .map((h) => `<th scope="col" aria-label="${h}">${h}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
    .join(
      '',
    )}</tbody></table></div><footer class="slds-card__footer"><a href="/lightning/r/Opportunity/0065g00000DpQ00AAF/related/${listApi}/view">View All</a></footer></article></lst-related-list-single-container>`;
}

export function dealPage(o: {
  lang?: string;
  name?: string;
  path?: string;
  fields?: string;
  timeline?: string;
  related?: string;
}): string {
  const name = o.name ?? 'Contoso — Fleet pilot';
  return `<!DOCTYPE html><html lang="${o.lang ?? 'en-US'}"><head><title>${name} | Opportunity | Salesforce</title></head><body>
<div class="windowViewMode-normal oneContent lafPageHost active">
<records-highlights2 class="slds-page-header"><lightning-formatted-text slot="primaryField">${name}</lightning-formatted-text></records-highlights2>
${o.path ?? ''}
<records-record-layout-section>${o.fields ?? ''}</records-record-layout-section>
${o.timeline ?? ''}
${o.related ?? ''}
</div></body></html>`;
}

export function readDeal(html: string, timeZone = 'UTC') {
  const window = new Window({ url: URL_DEAL });
  window.document.write(html);
  const result = salesforce.read(window.document as unknown as Document, new URL(URL_DEAL), { now: NOW, timeZone });
  window.close();
  if (result.status !== 'read' || result.kind !== 'deal') throw new Error(`not read as a deal: ${result.status}`);
  return result;
}

/** OpportunityHistory ("Stage History") columns: a row for every change of Stage, Amount, Probability or Close Date. */
export const HISTORY_COLUMNS = [
  'Stage',
  'Amount',
  'Probability (%)',
  'Expected Revenue',
  'Close Date',
  'Last Modified By',
  'Last Modified',
];

/** One Stage History row: the stage and amount after the change, and when it was made ("Last Modified"). */
export function historyRow(stage: string, amount: string, when: string): string[] {
  return [stage, amount, '50%', '$12,250.00', '12/31/2026', 'Alex Morgan', when];
}

/**
 * A deal in Proposal (its Path: Qualified → Demo → Proposal, its Stage field Proposal) whose Stage
 * History card shows `rows`, newest first; `fields` adds fields beside the Stage field.
 */
export function dealInProposal(rows: string[][], fields = ''): string {
  return dealPage({
    path: path(
      step('Qualified', 'slds-is-complete', 'Stage Complete') +
        step('Demo', 'slds-is-complete', 'Stage Complete') +
        step('Proposal', 'slds-is-current slds-is-active', 'Current Stage:'),
    ),
    fields: field('Stage', 'Proposal') + fields,
    related: relatedCard('Stage History', `(${rows.length})`, HISTORY_COLUMNS, rows, 'OpportunityHistories'),
  });
}
