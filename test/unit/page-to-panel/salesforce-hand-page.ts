// A Salesforce Lightning contact page written by hand from crm-pages.md and
// crm-evidence-2.md: the shown view `div.windowViewMode-normal.oneContent.active.lafPageHost`;
// header `records-highlights2` with the name in `[slot="primaryField"]`; fields as
// `records-record-layout-item[field-label]` with `[slot="outputField"]`; the activity timeline
// `div.skip-timeline-wrapper` with `div.open-activity-group` ("Upcoming & Overdue") and
// `div.past-activity-group`s headed by period text ("This Month"); items
// `li.runtime_sales_activitiesActivityTimelineFixedStencil` (class list carrying the type,
// `row Event` / `row Task`), subject `a.subjectLink`, the summary sentence
// `div[class*="summary"]` ("You had an Event with …"), due-date text ("Today", "Nov 12").
export const ORG = 'harborfreight';
export const sfContactUrl = (id: string) => `https://${ORG}.lightning.force.com/lightning/r/Contact/${id}/view`;

export function sfItem(kind: 'Event' | 'Task', id: string, subject: string, sentence: string, due: string): string {
  const icon = kind === 'Event' ? 'event' : 'task';
  return `<li class="runtime_sales_activitiesActivityTimelineFixedStencil row ${kind} slds-timeline__item_${icon}">
<div class="slds-media"><div class="slds-media__figure"><span class="slds-icon_container" title="${kind}"><span class="slds-assistive-text">${kind}</span></span></div>
<div class="slds-media__body"><div class="slds-grid">
<a class="subjectLink slds-truncate" href="/lightning/r/${kind}/${id}/view" title="${subject}" rel="noreferrer">${subject}</a>
<div class="slds-timeline__date dueDate">${due}</div></div>
<div class="activitySummary slds-text-body_small">${sentence}</div>
</div></div></li>`;
}

export function sfContactPage(id: string, name: string, open: string, pastGroups: [string, string][]): string {
  const url = sfContactUrl(id);
  return `<!-- saved from url=(0070)${url} -->
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${name} | Salesforce</title></head>
<body>
<div class="windowViewMode-normal oneContent active lafPageHost">
<records-highlights2><div slot="primaryField"><lightning-formatted-name>${name}</lightning-formatted-name></div></records-highlights2>
<records-record-layout-item field-label="Email"><div slot="outputField"><lightning-formatted-email>${name.split(' ')[0]?.toLowerCase()}@harbor.example</lightning-formatted-email></div></records-record-layout-item>
<records-record-layout-item field-label="Contact Owner"><div slot="outputField"><lightning-formatted-text>Dana Whitfield</lightning-formatted-text></div></records-record-layout-item>
<div class="skip-timeline-wrapper">
<div class="open-activity-group"><button type="button">Upcoming &amp; Overdue</button><ul>${open}</ul></div>
${pastGroups.map(([heading, items]) => `<div class="past-activity-group"><button type="button">${heading}</button><ul>${items}</ul></div>`).join('\n')}
</div>
</div>
</body></html>`;
}
