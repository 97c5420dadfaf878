// An English Salesforce Lightning opportunity page, written by hand from crm-pages.md and
// crm-evidence-2.md: the active view (div.windowViewMode-normal.oneContent.active.lafPageHost),
// records-highlights2 with [slot="primaryField"], the Path (li.runtime_sales_pathassistantPathAssistantTab,
// current step .slds-is-active, name in data-name and the shown title), fields as
// records-record-layout-item[field-label] with the value in [slot="outputField"], and the
// "Stage History" related list (OpportunityHistory) in a card, newest row first.
// `path: []` is a record page whose Path component is not drawn (not on the layout, or not yet rendered).
export const OPP_ID = '0065g00000KzT42AAF';
export const oppUrl = `https://acme.lightning.force.com/lightning/r/Opportunity/${OPP_ID}/view`;

export const SALES_PROCESS = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
];

export function opportunityPage(o: {
  path: string[];
  stage: string;
  daysInStage?: number;
  /** Newest first: [stage, "11/20/2026, 9:00 AM"]. */
  history: [string, string][];
}): string {
  const at = o.path.indexOf(o.stage);
  const steps = o.path
    .map((stage, i) => {
      const cls = i < at ? 'slds-is-complete' : i === at ? 'slds-is-current slds-is-active' : 'slds-is-incomplete';
      return `<li class="slds-path__item runtime_sales_pathassistantPathAssistantTab ${cls}" role="presentation" data-name="${stage}"><a aria-selected="${i === at}" class="slds-path__link" role="option" title="${stage}">${i < at ? '<span class="complete slds-path__stage"><span class="slds-assistive-text">Stage Complete</span></span>' : ''}<span class="slds-path__title">${stage}</span></a></li>`;
    })
    .join('');
  const field = (label: string, value: string) =>
    `<records-record-layout-item field-label="${label}"><span class="test-id__field-label">${label}</span><div class="slds-form-element__control"><span slot="outputField"><lightning-formatted-text>${value}</lightning-formatted-text></span></div></records-record-layout-item>`;
  const rows = o.history
    .map(
      ([stage, when]) =>
        `<tr><th>${stage}</th><td>USD 48,000.00</td><td>12/15/2026</td><td>Alex Morgan</td><td>${when}</td></tr>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="en-US"><head><title>Kestrel — Fleet pilot | Opportunity | Salesforce</title></head><body>
<div class="oneCenterStage"><div class="windowViewMode-normal oneContent active lafPageHost">
<records-highlights2 class="slds-page-header"><span slot="primaryField"><lightning-formatted-text>Kestrel — Fleet pilot</lightning-formatted-text></span></records-highlights2>
${o.path.length ? `<div class="runtime_sales_pathassistantCollapsibleDrawer slds-path"><ul class="slds-path__nav" role="listbox">${steps}</ul></div>` : ''}
<records-record-layout-section>${field('Opportunity Name', 'Kestrel — Fleet pilot')}${field('Stage', o.stage)}${o.daysInStage === undefined ? '' : field('Days in Stage', String(o.daysInStage))}</records-record-layout-section>
<div class="skip-timeline-wrapper"><past-activity-groups><div class="pastActivities"><div class="activityHistories"><div class="slds-section slds-is-open"><h3 class="slds-section__title">November • 2026</h3><ul class="slds-timeline">
<li class="slds-timeline__item"><div class="slds-timeline__item_expandable slds-timeline__item_call"><span class="slds-assistive-text">Call</span><div class="slds-media__body"><h3 class="slds-truncate"><a class="subjectLink slds-truncate" href="/lightning/r/Task/00T5g0000000QrBEAU/view" title="Call with Jonas Berg">Call with Jonas Berg</a></h3><p class="slds-timeline__date dueDate">11/16/2026, 4:15 PM</p></div></div></li>
</ul></div></div></div></past-activity-groups></div>
<lst-related-list-single-container><article class="slds-card slds-card_boundary"><div class="slds-card__header slds-grid"><header><h2 class="slds-card__header-title"><span title="Stage History">Stage History</span> (${o.history.length})</h2></header></div><div class="slds-card__body"><table class="slds-table slds-table_bordered"><thead><tr><th scope="col" aria-label="Stage">Stage</th><th scope="col" aria-label="Amount">Amount</th><th scope="col" aria-label="Close Date">Close Date</th><th scope="col" aria-label="Last Modified By">Last Modified By</th><th scope="col" aria-label="Last Modified">Last Modified</th></tr></thead><tbody>${rows}</tbody></table></div></article></lst-related-list-single-container>
</div></div></body></html>`;
}
