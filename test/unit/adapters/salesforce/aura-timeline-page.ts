import { Window } from 'happy-dom';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { stripPage } from '../../../robustness/page-transforms';

/**
 * Hand-written Lightning record pages with the older (Aura) Activity timeline (after crm-pages.md and
 * crm-evidence-2.md), not copied from test/fixtures. Read at 2026-11-20T15:00Z unless told.
 */
export const NOW = new Date('2026-11-20T15:00:00Z');
export const CONTACT_URL = 'https://initech.lightning.force.com/lightning/r/Contact/0038d00000KpT2aAAF/view';

export interface Person {
  lang?: string;
  name?: string;
  title?: string;
  account?: string;
  email?: string;
  owner?: string;
  /** Field labels in the page's language. */
  labels?: { name?: string; email?: string; owner?: string; account?: string };
  object?: 'Contact' | 'Lead';
}

const field = (label: string, value: string) =>
  `<records-record-layout-item field-label="${label}"><div class="slds-form-element"><span class="test-id__field-label">${label}</span><div class="slds-form-element__control"><span slot="outputField">${value}</span></div></div></records-record-layout-item>`;

export function recordPage(timelineHtml: string, p: Person = {}): string {
  const name = p.name ?? 'Dana Whitfield';
  const email = p.email ?? 'dana.whitfield@umbrella.example';
  const l = p.labels ?? {};
  const object = p.object ?? 'Contact';
  return `<!DOCTYPE html><html lang="${p.lang ?? 'en-US'}"><head><meta charset="utf-8"><title>${name} | ${object} | Salesforce</title></head><body>
<div class="oneContent windowViewMode-normal active lafPageHost">
 <records-highlights2><div class="slds-page-header slds-page-header_record-home">
  <div class="slds-media"><div class="slds-media__body">
   <div class="entityNameTitle slds-line-height_reset">${object}</div>
   <h1 class="slds-page-header__title"><lightning-formatted-name slot="primaryField">${name}</lightning-formatted-name></h1>
  </div></div>
  <ul class="slds-page-header__detail-row">
   <li class="slds-page-header__detail-block"><p class="slds-text-title">Title</p><p>${p.title ?? 'VP Operations'}</p></li>
   <li class="slds-page-header__detail-block"><p class="slds-text-title">Account Name</p><p><a href="/lightning/r/Account/0018d00000AbCdEAAV/view">${p.account ?? 'Umbrella Corp'}</a></p></li>
  </ul>
 </div></records-highlights2>
 <flexipage-tabset2><lightning-tabset>
  <div class="slds-tabs_default"><ul role="tablist"><li role="presentation" title="Activity" class="slds-tabs_default__item slds-is-active"><a role="tab" aria-selected="true">Activity</a></li></ul>
  <section role="tabpanel" class="slds-tabs_default__content slds-show">
   <div class="slds-card">${timelineHtml}</div>
  </section></div>
 </lightning-tabset></flexipage-tabset2>
 <records-record-layout-section>
  ${field(l.name ?? 'Name', name)}
  ${field(l.email ?? 'Email', `<a href="mailto:${email}">${email}</a>`)}
  ${field(l.owner ?? 'Contact Owner', `<a href="/lightning/r/User/0058d00000QwErTAAV/view">${p.owner ?? 'Sam Okafor'}</a>`)}
 </records-record-layout-section>
</div></body></html>`;
}

export interface Entry {
  object: 'Task' | 'Event' | 'EmailMessage';
  id: string;
  subject: string;
  /** SLDS kind modifier: task, call, email, event. */
  kind: 'task' | 'call' | 'email' | 'event';
  iconTitle: string;
  date: string;
  summary?: string;
  /** Expanded details as [label, value] pairs. */
  details?: [string, string][];
  checkbox?: boolean;
  overdue?: string;
  /** Omit the record link (Einstein Activity Capture items are not Salesforce records). */
  noLink?: boolean;
}

/** An item as the older (Aura) Activity timeline renders it: li stencil row, SLDS timeline item, subjectLink, summary. */
export function entry(e: Entry): string {
  const box =
    e.checkbox === undefined
      ? ''
      : `<span class="slds-checkbox"><input type="checkbox"${e.checkbox ? ' checked' : ''} id="cb-${e.id}"><label class="slds-checkbox__label" for="cb-${e.id}"><span class="slds-checkbox_faux"></span><span class="slds-assistive-text">Mark complete</span></label></span>`;
  const link = e.noLink
    ? `<a class="subjectLink slds-truncate" title="${e.subject}" role="button">${e.subject}</a>`
    : `<a class="subjectLink slds-truncate" title="${e.subject}" rel="noreferrer" href="/lightning/r/${e.object}/${e.id}/view">${e.subject}</a>`;
  const details = e.details
    ? `<ul class="slds-list_horizontal slds-wrap">${e.details.map(([k, v]) => `<li class="slds-grid"><span class="slds-item--label slds-text-color_weak">${k}</span><span class="slds-item--detail">${v}</span></li>`).join('')}</ul>`
    : '';
  return `<li class="runtime_sales_activitiesActivityTimelineFixedStencil row ${e.object}">
 <div class="slds-timeline__item_expandable slds-timeline__item_${e.kind} slds-is-open">
  <span class="slds-assistive-text">${e.iconTitle}</span>
  <div class="slds-media">
   <div class="slds-media__figure"><div class="slds-icon_container slds-icon-standard-${e.kind === 'call' ? 'log-a-call' : e.kind}" title="${e.iconTitle}"><svg class="slds-icon slds-icon_small" aria-hidden="true"></svg></div></div>
   <div class="slds-media__body">
    <div class="slds-grid slds-grid_align-spread slds-timeline__trigger">
     <div class="slds-grid slds-grid_vertical-align-center slds-truncate_container_75 slds-no-space">${box}<h3 class="slds-truncate">${link}</h3></div>
     <div class="slds-timeline__actions slds-timeline__actions_inline">${e.overdue ? `<span class="slds-text-color_error">${e.overdue}</span> ` : ''}<p class="slds-timeline__date">${e.date}</p></div>
    </div>
    ${e.summary ? `<div class="slds-m-horizontal_xx-small summary"><span>${e.summary}</span></div>` : ''}
    <div class="timelineItem slds-box slds-timeline__item_details slds-theme_shade">${details}</div>
   </div>
  </div>
 </div>
</li>`;
}

/** The older Activity timeline: "Upcoming & Overdue", then past month groups, optionally "Load More Past Activities". */
export function auraTimeline(o: {
  upcomingHeading?: string;
  upcoming?: string;
  groups?: { heading: string; items: string }[];
  loadMore?: string;
  filters?: string;
}): string {
  return `<div class="skip-timeline-wrapper">
 ${o.filters ? `<div class="slds-text-body_small filters"><span>${o.filters}</span></div>` : ''}
 <div class="standardTimelineUpcomingActivities open-activity-group slds-section slds-is-open">
  <h3 class="slds-section__title"><button class="slds-button slds-section__title-action" aria-expanded="true"><span class="slds-truncate">${o.upcomingHeading ?? 'Upcoming &amp; Overdue'}</span></button></h3>
  <ul class="slds-timeline">${o.upcoming ?? ''}</ul>
 </div>
 <past-activity-groups><div class="pastActivities"><div class="activityHistories">
 ${(o.groups ?? [])
   .map(
     (g) => `<div class="past-activity-group slds-section slds-is-open">
  <h3 class="slds-section__title"><button class="slds-button slds-section__title-action" aria-expanded="true"><span class="slds-truncate" title="${g.heading}">${g.heading}</span></button></h3>
  <ul class="slds-timeline">${g.items}</ul>
 </div>`,
   )
   .join('\n')}
 </div></div></past-activity-groups>
 ${o.loadMore ? `<div class="slds-align_absolute-center"><button class="slds-button slds-button_neutral">${o.loadMore}</button></div>` : ''}
</div>`;
}

export function readRecord(html: string, opts: { strip?: boolean; url?: string; now?: Date; timeZone?: string } = {}) {
  const url = opts.url ?? CONTACT_URL;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    if (opts.strip) stripPage(doc);
    const result = salesforce.read(doc, new URL(url), { now: opts.now ?? NOW, timeZone: opts.timeZone ?? 'UTC' });
    if (result.status !== 'read' || result.kind !== 'contact')
      throw new Error(`not a contact reading: ${JSON.stringify(result)}`);
    return result;
  } finally {
    window.close();
  }
}
