/**
 * Lightning record pages written from crm-pages.md (views `div.windowViewMode-normal.oneContent.lafPageHost`,
 * the shown one `active`; `records-highlights2` with the name in `[slot="primaryField"]`; the Activity
 * timeline `div.skip-timeline-wrapper` with `div.open-activity-group` / `div.past-activity-group`) and
 * crm-evidence-2.md (items `li.runtime_sales_activitiesActivityTimelineFixedStencil.row.Task`, subject
 * `a.subjectLink`, the summary sentence "You logged a call with …", dates "Nov 18").
 */
export const ORG = 'https://acme.lightning.force.com';
export const contactUrl = (id: string) => `${ORG}/lightning/r/Contact/${id}/view`;

export interface Item {
  id: string;
  subject: string;
  sentence: string;
  date: string;
  kind?: 'Task' | 'Event';
}

export function item({ id, subject, sentence, date, kind = 'Task' }: Item): string {
  return `<li class="runtime_sales_activitiesActivityTimelineFixedStencil row ${kind}" data-record-id="${id}">
<div class="slds-timeline__item_expandable slds-timeline__item_${kind === 'Task' ? 'call' : 'event'}"><div class="slds-media">
<div class="slds-media__body"><div class="slds-grid"><h3 class="slds-truncate"><a class="subjectLink slds-truncate" title="${subject}" rel="noreferrer" href="/lightning/r/${kind}/${id}/view">${subject}</a></h3>
<div class="slds-timeline__actions"><p class="slds-timeline__date dueDate">${date}</p></div></div>
<div class="slds-timeline__summary summary">${sentence}</div></div></div></div></li>`;
}

export function header(name: string, kind: 'Contact' | 'Opportunity'): string {
  return `<records-highlights2><div class="slds-page-header"><p class="entityNameTitle">${kind}</p><h1><lightning-formatted-name slot="primaryField">${name}</lightning-formatted-name></h1></div></records-highlights2>`;
}

export function view(
  name: string,
  kind: 'Contact' | 'Opportunity',
  body: string,
  active: boolean,
  extraClass = '',
): string {
  const cls = `windowViewMode-normal oneContent lafPageHost${active ? ' active' : ''}${extraClass ? ` ${extraClass}` : ''}`;
  const style = active ? '' : ' style="display: none;"';
  return `<div class="${cls}"${style}><div class="record-page">${header(name, kind)}
<div class="slds-tabs_default"><ul role="tablist"><li role="presentation" title="Activity" class="slds-is-active"><a role="tab" aria-selected="true">Activity</a></li><li role="presentation" title="Details"><a role="tab" aria-selected="false">Details</a></li></ul>
<div role="tabpanel">${body}</div></div></div></div>`;
}

export const ANA_ITEMS: Item[] = [
  { id: '00T000000000A01AAA', subject: 'Call', sentence: 'You logged a call with Ana Alvarez', date: 'Nov 18' },
  {
    id: '00T000000000A02AAA',
    subject: 'Pricing follow-up',
    sentence: 'You logged a call with Ana Alvarez',
    date: 'Nov 12',
  },
];
export const ANA_ID = '003000000000A01AAA';
