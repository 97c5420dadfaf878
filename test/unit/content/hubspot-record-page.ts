// A HubSpot record page as crm-pages.md / crm-evidence-2.md describe it (2024+ preview feed,
// OBJECT_HIGHLIGHT header card, "<name> | HubSpot" tab title), read by the real HubSpot reader.
import { hubspot } from '../../../lib/adapters/hubspot/index';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import { showHtml } from './show-html';

export const PORTAL = '2451908';
export const contactUrl = (id: string) => `https://app.hubspot.com/contacts/${PORTAL}/record/0-1/${id}`;

export const item = (header: string, date: string, body = '') =>
  `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${header}</span><span data-test-id="event-timestamp">${date}</span></div><div>${body}</div></div></div></div>`;

export const header = (name: string, email: string) =>
  `<div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle">${name}</h2></div>
<div data-selenium-test="highlightedPropertySidebar">
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Email</span><div>${email}</div></div>
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Contact owner</span><div>Alex Morgan</div></div>
</div>`;

/** The record's body: header in the left sidebar, the feed in the middle pane. */
export const recordBody = (head: string, feed: string) =>
  `<main><div data-test-id="left-sidebar" id="left">${head}</div>
<div data-test-id="middle-pane" id="middle">${feed}</div>
<div data-test-id="records-right-sidebar"></div></main>`;

export const timeline = (items: string) => `<div data-test-id="crm-events-viz-timeline">${items}</div>`;

export function drawBody(html: string): void {
  showHtml(document.body, html);
}

export function drawInto(id: string, html: string): void {
  const target = document.getElementById(id);
  if (!target) throw new Error(`no #${id}`);
  showHtml(target, html);
}

export function hubspotSession(lifetime: AbortSignal) {
  const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
  const session = createRecordSession(pageReaderOf(hubspot), store, lifetime);
  const shown = () => {
    const s = store.get().state;
    return s.status === 'ready' ? `${s.view.recordKey}|${s.view.name}` : s.status;
  };
  return { store, session, shown };
}
