// Review s60 (tz): a Lightning contact page written by hand from crm-pages.md and
// crm-evidence-2.md (Salesforce parts): shown view div.windowViewMode-normal.oneContent.active.lafPageHost,
// header records-highlights2 [slot=primaryField], fields records-record-layout-item[field-label],
// timeline div.skip-timeline-wrapper with div.open-activity-group then div.past-activity-group(s)
// headed by period text; items li.runtime_sales_activitiesActivityTimelineFixedStencil row Task|Event
// with a.subjectLink, the due-date text ("Yesterday", "Nov 19") and the summary sentence.
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import { createService } from '../../../lib/background/service';
import { openTouchlineDb } from '../../../lib/db/open';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import { loadPage } from '../capture/page-window';

export const ORG = 'tzreview';
export const url = (id: string) => `https://${ORG}.lightning.force.com/lightning/r/Contact/${id}/view`;

export function task(id: string, kind: 'call' | 'email', subject: string, sentence: string, due: string): string {
  return `<li class="runtime_sales_activitiesActivityTimelineFixedStencil row Task slds-timeline__item_${kind}">
 <div class="slds-media"><div class="slds-media__figure"><span class="slds-icon_container" title="${kind === 'call' ? 'Call' : 'Email'}"><span class="slds-assistive-text">${kind === 'call' ? 'Call' : 'Email'}</span></span></div>
 <div class="slds-media__body"><div class="slds-grid slds-grid_align-spread">
  <a class="subjectLink slds-truncate" href="/lightning/r/Task/${id}/view" title="${subject}" rel="noreferrer">${subject}</a>
  <p class="slds-timeline__date">${due}</p></div>
  <div class="timelineItem"><div class="activitySummary slds-text-body_small">${sentence}</div></div>
 </div></div></li>`;
}

export function page(id: string, name: string, owner: string, past: [string, string][]): string {
  return `<!-- saved from url=(0070)${url(id)} -->
<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${name} | Salesforce</title></head><body>
<div class="windowViewMode-normal oneContent active lafPageHost">
<records-highlights2><div slot="primaryField"><lightning-formatted-name>${name}</lightning-formatted-name></div></records-highlights2>
<records-record-layout-item field-label="Email"><div slot="outputField"><lightning-formatted-email>${name.split(' ')[0]?.toLowerCase()}@example.org</lightning-formatted-email></div></records-record-layout-item>
<records-record-layout-item field-label="Contact Owner"><div slot="outputField"><lightning-formatted-text>${owner}</lightning-formatted-text></div></records-record-layout-item>
<div class="skip-timeline-wrapper">
<div class="open-activity-group"><button type="button">Upcoming &amp; Overdue</button><ul></ul></div>
${past.map(([h, items]) => `<div class="past-activity-group"><button type="button">${h}</button><ul>${items}</ul></div>`).join('\n')}
</div></div></body></html>`;
}

let n = 0;
export function world(timeZone: string, change: Partial<Settings> = {}) {
  n += 1;
  const db = openTouchlineDb(`tz-${n}-${Math.random().toString(36).slice(2)}`);
  const clock = { now: new Date('2026-11-20T15:00:00Z') };
  const settings = { ...defaultSettings(timeZone), ...change };
  const service = createService({ db, now: () => clock.now, settings: async () => settings });
  /** Reads the page as the content script does: in the browser's zone, at the clock. */
  const open = async (html: string, id: string, browserZone: string) => {
    const u = new URL(url(id));
    const p = recordPageOf(u, ADAPTERS);
    if (!p) throw new Error('not a record page');
    const loaded = loadPage(html, u.href);
    const reading = (() => {
      try {
        return readRecordPage(p, loaded.doc, u, { now: clock.now, timeZone: browserZone });
      } finally {
        loaded.close();
      }
    })();
    if (reading.status !== 'read') throw new Error(JSON.stringify(reading));
    const answer = await service.readingSaved(reading);
    if (!answer.ok || !('status' in answer) || answer.status !== 'read' || !answer.view)
      throw new Error(JSON.stringify(answer));
    return { reading, view: answer.view };
  };
  return { db, clock, settings, service, open };
}
