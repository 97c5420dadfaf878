import { Window } from 'happy-dom';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { renamePage, stripPage } from '../../../robustness/page-transforms';

/** Test-page builder for this review: a Lightning contact page (hand-written after crm-evidence-2.md) with the given activity markup. */
export const URL_CONTACT = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000DpQ9xAAF/view';
export const NOW = new Date('2026-11-20T15:00:00Z');

export function contactPage(
  activity: string,
  opts: { lang?: string; name?: string; email?: string; owner?: string; fieldsExtra?: string } = {},
): string {
  const lang = opts.lang ?? 'en-US';
  const name = opts.name ?? 'Maria Jensen';
  const email = opts.email ?? 'maria.jensen@northwind.example';
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${name} | Contact | Salesforce</title></head><body>
<div class="windowViewMode-normal oneContent lafPageHost active">
  <records-highlights2 class="slds-page-header"><h1 class="slds-page-header__title"><lightning-formatted-name slot="primaryField">${name}</lightning-formatted-name></h1></records-highlights2>
  <records-record-layout-section>
    <records-record-layout-item field-label="Name"><span class="test-id__field-label">Name</span><div class="slds-form-element__control"><span slot="outputField">${name}</span></div></records-record-layout-item>
    <records-record-layout-item field-label="Email"><span class="test-id__field-label">Email</span><div class="slds-form-element__control"><span slot="outputField"><a href="mailto:${email}">${email}</a></span></div></records-record-layout-item>
    <records-record-layout-item field-label="Contact Owner"><span class="test-id__field-label">Contact Owner</span><div class="slds-form-element__control"><span slot="outputField"><a href="/lightning/r/User/0055g00000DpQ0zAAF/view">${opts.owner ?? 'Alex Morgan'}</a></span></div></records-record-layout-item>
    ${opts.fieldsExtra ?? ''}
  </records-record-layout-section>
  ${activity}
</div></body></html>`;
}

export type Transform = 'none' | 'stripped' | 'renamed';

export function read(html: string, transform: Transform = 'none', url = URL_CONTACT) {
  const window = new Window({ url });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  if (transform === 'stripped') stripPage(doc);
  if (transform === 'renamed') renamePage(doc);
  const result = salesforce.read(doc, new URL(url), { now: NOW, timeZone: 'UTC' });
  window.close();
  return result as Extract<ReturnType<typeof salesforce.read>, { status: 'read' }>;
}

/** A timeline item in the newer markup (crm-evidence-2.md). */
export function item(o: {
  token: 'Task' | 'Event' | 'EmailMessage';
  icon: 'task' | 'log-a-call' | 'event' | 'email';
  iconTitle: string;
  subject: string;
  id: string;
  date: string;
  summary?: string;
  body?: string;
  checkbox?: 'checked' | 'unchecked';
}): string {
  const object = o.token;
  const box = o.checkbox
    ? `<input type="checkbox"${o.checkbox === 'checked' ? ' checked' : ''} aria-label="Mark ${o.subject} complete">`
    : '';
  return `<li class="runtime_sales_activitiesActivityTimelineFixedStencil row ${o.token}">
  <div class="slds-media">
    <div class="slds-media__figure"><lightning-icon class="slds-icon-standard-${o.icon}" title="${o.iconTitle}"><span class="slds-assistive-text">${o.iconTitle}</span></lightning-icon></div>
    <div class="slds-media__body">
      <div class="slds-grid slds-grid_align-spread">
        <div class="slds-grid">${box}<a class="subjectLink slds-truncate" title="${o.subject}" rel="noreferrer" href="/lightning/r/${object}/${o.id}/view">${o.subject}</a></div>
        <div class="slds-no-flex"><span class="slds-text-body_small">${o.date}</span></div>
      </div>
      <div class="timelineItem">${o.summary ? `<div class="slds-text-body_small summary">${o.summary}</div>` : ''}${o.body ?? ''}</div>
    </div>
  </div>
</li>`;
}

export function timeline(
  open: string,
  past: { heading: string; items: string }[],
  openHeading = 'Upcoming &amp; Overdue',
): string {
  return `<div class="slds-timeline timeline-container">
  <div class="open-activity-group">
    <button class="slds-button slds-section__title-action" aria-expanded="true">${openHeading}</button>
    <ul class="slds-timeline__list">${open}</ul>
  </div>
  ${past
    .map(
      (g) => `<div class="past-activity-group">
    <h3 class="slds-section__title"><button class="slds-button slds-section__title-action" aria-expanded="true">${g.heading}</button></h3>
    <ul class="slds-timeline__list">${g.items}</ul>
  </div>`,
    )
    .join('\n')}
</div>`;
}
