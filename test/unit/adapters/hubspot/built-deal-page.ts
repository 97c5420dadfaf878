/** Hand-built HubSpot deal pages (crm-evidence-2.md markup), read as the content script reads them. */
import { Window } from 'happy-dom';
import { hubspot } from '../../../../lib/adapters/hubspot/index';
import { stripPage } from '../../../robustness/page-transforms';

export const HS_URL = 'https://app-eu1.hubspot.com/contacts/7781234/record/0-3/90211';
export const HS_NOW = new Date('2026-11-20T15:00:00Z');

/** A sidebar property as HubSpot renders it read-only. */
export function hsProp(label: string, value: string): string {
  return `<div data-test-id="property-row"><div data-deferred-property-input-mode="display"><label data-selenium-test="property-label-${label.length}">${label}</label><div class="PropertyValue__x1">${value}</div></div></div>`;
}

/** A highlight property: its text includes the label (crm-evidence-2.md). */
export function hsHighlight(name: string, label: string, value: string): string {
  return `<div data-test-id="highlight-property-item-${name}"><span>${label}</span><span>${value}</span></div>`;
}

export interface HsItem {
  header: string;
  date: string;
  body?: string;
}

export function hsDeal(o: {
  lang: string;
  title?: string;
  highlights?: string;
  sidebar?: string;
  items?: HsItem[];
  right?: string;
  stageSelect?: string;
}): string {
  const title = o.title ?? 'Initech — Q1 licences';
  const items = (o.items ?? [])
    .map(
      (i) =>
        `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${i.header}</span><span data-test-id="event-timestamp">${i.date}</span></div><div>${i.body ?? ''}</div></div></div></div>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="${o.lang}"><head><title>${title} | HubSpot</title></head><body><div id="app">
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content"><h3 data-selenium-test="highlightTitle">${title}</h3>${o.stageSelect ?? ''}${o.highlights ?? ''}</div></div>
<section>${o.sidebar ?? ''}</section></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">${items}</div></div>
<div data-test-id="records-right-sidebar">${o.right ?? ''}</div>
</div></body></html>`;
}

export function hsContactsCard(heading: string, contacts: [string, string][]): string {
  return `<div data-test-id="card-wrapper-contacts"><h2>${heading}</h2><div data-test-id="associated-objects-card-content-0-1">${contacts
    .map(
      ([id, name]) =>
        `<div><a data-selenium-test="contact-chicklet-title-link" href="/contacts/7781234/record/0-1/${id}">${name}</a><span>${name.toLowerCase().replace(' ', '.')}@initech.example</span></div>`,
    )
    .join('')}</div></div>`;
}

export function readHs(html: string, opts: { strip?: boolean; timeZone?: string; now?: Date } = {}) {
  const window = new Window({
    url: HS_URL,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    if (opts.strip) stripPage(doc);
    const result = hubspot.read(doc, new URL(HS_URL), { now: opts.now ?? HS_NOW, timeZone: opts.timeZone ?? 'UTC' });
    if (result.status !== 'read' || result.kind !== 'deal')
      throw new Error(`not a deal reading: ${JSON.stringify(result)}`);
    return result;
  } finally {
    window.close();
  }
}
