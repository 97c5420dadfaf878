// A German Salesforce Lightning opportunity page, written by hand from crm-pages.md
// and crm-evidence-2.md: the active view div.windowViewMode-normal.oneContent.active.lafPageHost,
// records-highlights2 with [slot="primaryField"], the Path (li.runtime_sales_pathassistantPathAssistantTab,
// current .slds-is-active), fields as records-record-layout-item[field-label] with the value in
// [slot="outputField"], the activity timeline (div.skip-timeline-wrapper, past groups), and the Stage
// History related list (OpportunityHistory) in the Related tab. GUESSED: German labels "Phase",
// "Phasenverlauf", "Tage in Phase", date format "10.11.2026, 14:15".
export const SF_ID = '0065g00000DqR11AAF';
export const sfUrl = `https://acme.lightning.force.com/lightning/r/Opportunity/${SF_ID}/view`;

export function sfOpportunityDe(o: {
  path: string[];
  current: string;
  fields: [string, string][];
  history: [string, string][];
}): string {
  const path = o.path
    .map((stage) => {
      const i = o.path.indexOf(stage);
      const at = o.path.indexOf(o.current);
      const cls = i < at ? 'slds-is-complete' : i === at ? 'slds-is-current slds-is-active' : 'slds-is-incomplete';
      return `<li class="slds-path__item runtime_sales_pathassistantPathAssistantTab ${cls}" role="presentation" data-name="${stage}"><a aria-selected="${i === at}" class="slds-path__link" role="option" title="${stage}">${i < at ? '<span class="complete slds-path__stage"><span class="slds-assistive-text">Phase abgeschlossen</span></span>' : ''}<span class="slds-path__title">${stage}</span></a></li>`;
    })
    .join('');
  const fields = o.fields
    .map(
      ([label, value]) =>
        `<records-record-layout-item field-label="${label}"><span class="test-id__field-label">${label}</span><div class="slds-form-element__control"><span slot="outputField"><lightning-formatted-text>${value}</lightning-formatted-text></span></div></records-record-layout-item>`,
    )
    .join('');
  const rows = o.history
    .map(
      ([stage, when]) =>
        `<tr><th>${stage}</th><td>USD 48.000,00</td><td>15.12.2026</td><td>Alex Morgan</td><td>${when}</td></tr>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="de"><head><title>Kestrel — Flottenpilot | Opportunity | Salesforce</title></head><body>
<div class="oneCenterStage"><div class="windowViewMode-normal oneContent active lafPageHost">
<records-highlights2 class="slds-page-header"><span slot="primaryField"><lightning-formatted-text>Kestrel — Flottenpilot</lightning-formatted-text></span></records-highlights2>
<div class="runtime_sales_pathassistantCollapsibleDrawer slds-path"><ul class="slds-path__nav" role="listbox">${path}</ul></div>
<records-record-layout-section>${fields}</records-record-layout-section>
<div class="skip-timeline-wrapper"><past-activity-groups><div class="pastActivities"><div class="activityHistories"><div class="slds-section slds-is-open"><h3 class="slds-section__title">November • 2026</h3><ul class="slds-timeline">
<li class="slds-timeline__item"><div class="slds-timeline__item_expandable slds-timeline__item_call"><span class="slds-assistive-text">Anruf</span><div class="slds-media__body"><h3 class="slds-truncate"><a class="subjectLink slds-truncate" href="/lightning/r/Task/00T5g0000000QrAEAU/view" title="Anruf mit Jonas Berg">Anruf mit Jonas Berg</a></h3><p class="slds-timeline__date dueDate">16.11.2026, 16:15</p></div></div></li>
</ul></div></div></div></past-activity-groups></div>
<lst-related-list-single-container><article class="slds-card slds-card_boundary"><div class="slds-card__header slds-grid"><header><h2 class="slds-card__header-title"><span title="Phasenverlauf">Phasenverlauf</span> (${o.history.length})</h2></header></div><div class="slds-card__body"><table class="slds-table slds-table_bordered"><thead><tr><th scope="col" aria-label="Phase">Phase</th><th scope="col" aria-label="Betrag">Betrag</th><th scope="col" aria-label="Schlusstermin">Schlusstermin</th><th scope="col" aria-label="Zuletzt geändert von">Zuletzt geändert von</th><th scope="col" aria-label="Zuletzt geändert">Zuletzt geändert</th></tr></thead><tbody>${rows}</tbody></table></div></article></lst-related-list-single-container>
</div></div></body></html>`;
}
