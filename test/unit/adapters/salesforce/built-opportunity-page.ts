/** Hand-built Salesforce Lightning opportunity pages (path, fields, related lists), read as the content script reads them. */
import { Window } from 'happy-dom';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { stripPage } from '../../../robustness/page-transforms';

export const SF_URL = 'https://globex.lightning.force.com/lightning/r/Opportunity/0067Q00000AbCdEQAV/view';
export const SF_NOW = new Date('2026-11-20T15:00:00Z');

/** A Lightning field item as the LWC layout renders it: label attribute, Aura label span, output slot, edit button. */
export function sfField(label: string, value: string): string {
  return `<records-record-layout-item field-label="${label}"><div class="slds-form-element slds-form-element_readonly"><span class="test-id__field-label">${label}</span><div class="slds-form-element__control"><span slot="outputField"><lightning-formatted-text>${value}</lightning-formatted-text></span><button class="slds-button" title="Edit ${label}"><span class="slds-assistive-text">Edit ${label}</span></button></div></div></records-record-layout-item>`;
}

/** Path steps: [name, 'done' | 'current' | 'todo' | 'won' | 'lost']. */
export function sfPath(steps: [string, string][], currentWord = 'Current Stage', doneWord = 'Stage Complete'): string {
  const li = steps
    .map(([name, state]) => {
      const cls =
        state === 'done'
          ? 'slds-is-complete'
          : state === 'current'
            ? 'slds-is-current slds-is-active'
            : state === 'won'
              ? 'slds-is-current slds-is-active slds-is-won'
              : state === 'lost'
                ? 'slds-is-current slds-is-active slds-is-lost'
                : 'slds-is-incomplete';
      const assist = state === 'done' ? doneWord : state === 'todo' ? '' : currentWord;
      const sel = state !== 'done' && state !== 'todo';
      return `<li class="slds-path__item runtime_sales_pathassistantPathAssistantTab ${cls}" role="presentation"><a class="slds-path__link" role="option" aria-selected="${sel}" title="${name}"><span class="slds-path__stage">${assist ? `<span class="slds-assistive-text">${assist}</span>` : ''}</span><span class="slds-path__title">${name}</span></a></li>`;
    })
    .join('');
  return `<div class="slds-path"><div class="slds-grid slds-path__track"><ul class="slds-path__nav" role="listbox" aria-orientation="horizontal">${li}</ul></div></div>`;
}

/** A related list card with a table: title, count "(3)" or "(3+)", column headings, rows of cell HTML. */
export function sfCard(title: string, count: string, headings: string[], rows: string[][]): string {
  const th = headings
    .map((h) => `<th scope="col" aria-label="${h}"><span class="slds-truncate" title="${h}">${h}</span></th>`)
    .join('');
  const tr = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td><span class="slds-truncate">${c}</span></td>`)).join('')}</tr>`,
    )
    .join('');
  return `<lst-related-list-single-container><article class="slds-card slds-card_boundary"><div class="slds-card__header"><h2 class="slds-card__header-title"><a class="slds-card__header-link"><span title="${title}">${title}</span><span> ${count}</span></a></h2></div><div class="slds-card__body"><table class="slds-table"><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table></div></article></lst-related-list-single-container>`;
}

export function sfDeal(o: { lang: string; name?: string; path?: string; fields?: string; related?: string }): string {
  const name = o.name ?? 'Globex — Warehouse rollout';
  return `<!DOCTYPE html><html lang="${o.lang}"><head><title>${name} | Salesforce</title></head><body>
<div class="windowViewMode-normal oneContent active lafPageHost">
<records-highlights2><div class="slds-page-header"><h1><lightning-formatted-text slot="primaryField">${name}</lightning-formatted-text></h1></div></records-highlights2>
${o.path ?? ''}
<div class="record-body"><records-record-layout-section>${o.fields ?? ''}</records-record-layout-section></div>
<div class="related">${o.related ?? ''}</div>
</div></body></html>`;
}

export function readSf(html: string, opts: { strip?: boolean; timeZone?: string; now?: Date } = {}) {
  const window = new Window({
    url: SF_URL,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    if (opts.strip) stripPage(doc);
    const result = salesforce.read(doc, new URL(SF_URL), { now: opts.now ?? SF_NOW, timeZone: opts.timeZone ?? 'UTC' });
    if (result.status !== 'read' || result.kind !== 'deal')
      throw new Error(`not a deal reading: ${JSON.stringify(result)}`);
    return result;
  } finally {
    window.close();
  }
}

export const contactLink = (id: string, name: string) => `<a href="/lightning/r/${id}/view">${name}</a>`;
