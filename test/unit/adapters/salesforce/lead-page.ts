import { salesforce } from '../../../../lib/adapters/salesforce';
import { stripPage } from '../../../robustness/page-transforms';

/**
 * Test-page builder: a Lightning lead page (`/lightning/r/Lead/00Q…/view`, crm-pages.md) with its
 * activity timeline in `.skip-timeline-wrapper` and, after it, whatever the page shows below
 * (`after`: a sidebar card, say). Hand-written after crm-pages.md and the SLDS timeline blueprint
 * (crm-evidence-2.md). DOM tests: the file's environment must be happy-dom.
 */
export const LEAD_URL = 'https://globex.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdEEAZ/view';

export function field(label: string, value: string): string {
  return `<records-record-layout-item field-label="${label}"><div class="slds-form-element">
  <span class="test-id__field-label">${label}</span>
  <div class="slds-form-element__control"><span slot="outputField"><lightning-formatted-text>${value}</lightning-formatted-text></span></div></div></records-record-layout-item>`;
}

export function leadPage(o: {
  lang?: string;
  name: string;
  fields: string;
  timeline: string;
  after?: string;
  title?: string;
}): string {
  return `<!doctype html><html lang="${o.lang ?? 'en-US'}"><head><title>${o.title ?? `${o.name} | Lead | Salesforce`}</title></head><body>
<div class="windowViewMode-normal oneContent active lafPageHost">
 <records-highlights2><div class="slds-page-header"><h1><span class="slds-page-header__title"><lightning-formatted-name slot="primaryField">${o.name}</lightning-formatted-name></span></h1></div></records-highlights2>
 <div class="record-fields">${o.fields}</div>
 <div class="skip-timeline-wrapper">${o.timeline}</div>
 ${o.after ?? ''}
</div></body></html>`;
}

/** One timeline item in the SLDS timeline blueprint's markup; `body` is its expanded details. */
export function timelineItem(o: {
  kind: string;
  icon: string;
  subject: string;
  date: string;
  summary: string;
  id: string;
  done?: boolean;
  body?: string;
}): string {
  return `<li class="slds-timeline__item_expandable slds-timeline__item_${o.kind}">
 <div class="slds-media"><div class="slds-media__figure"><lightning-icon title="${o.icon}"></lightning-icon>
 ${o.done === undefined ? '' : `<input type="checkbox" ${o.done ? 'checked' : ''}>`}</div>
 <div class="slds-media__body"><h3 class="slds-timeline__title"><a class="subjectLink slds-truncate" title="${o.subject}" href="/lightning/r/${o.id}/view">${o.subject}</a></h3>
 <p class="slds-timeline__date">${o.date}</p>
 <div class="slds-timeline__summary summary">${o.summary}</div>${o.body ? `<article class="slds-timeline__item_details">${o.body}</article>` : ''}</div></div></li>`;
}

/** The page read at `now` (UTC), with its classes and data-* attributes stripped when `strip`. */
export function read(html: string, opts: { strip?: boolean; now?: string; url?: string } = {}) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (opts.strip) stripPage(doc);
  return salesforce.read(doc, new URL(opts.url ?? LEAD_URL), {
    now: new Date(opts.now ?? '2027-01-08T15:00:00Z'),
    timeZone: 'UTC',
  });
}

/** The reasons of a read page's `activities` notRead entries. */
export function activityGaps(r: ReturnType<typeof read>): string[] {
  if (r.status !== 'read') throw new Error(`page not read: ${r.status}`);
  return r.notRead.filter((n) => n.field === 'activities').map((n) => n.reason);
}
