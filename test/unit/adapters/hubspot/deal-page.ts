import type { ReadResult } from '../../../../lib/schema/read-result';
import { readPage } from './read-page';

export const DEAL_URL = 'https://app.hubspot.com/contacts/2451908/record/0-3/5077';

export interface DealPageParts {
  lang?: string;
  /** The left sidebar below the title (highlight and "About this deal" properties). */
  sidebar?: string;
  /** Timeline items, newest first (2024+ preview feed markup, crm-evidence-2.md). */
  items?: { header: string; date: string; body: string; icon?: string }[];
  /** The right sidebar's cards. */
  right?: string;
}

/** A HubSpot deal record page in the markup the evidence files describe, built by hand. */
export function dealPage({ lang = 'en-US', sidebar = '', items = [], right = '' }: DealPageParts): string {
  const cards = items
    .map(
      ({ header, date, body, icon }) =>
        `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header">${icon ? `<span role="img" aria-label="${icon}"></span>` : ''}<span data-test-id="header-message">${header}</span><span data-test-id="event-timestamp">${date}</span></div><div>${body}</div></div></div></div>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Acme — Renewal | HubSpot</title></head><body>
<main><div>
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content"><h2 data-selenium-test="highlightTitle">Acme — Renewal</h2></div></div>
${sidebar}</div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
${cards}
</div></div>
<div data-test-id="records-right-sidebar">${right}</div>
</div></main></body></html>`;
}

/** A read-only sidebar property (crm-evidence-2.md: `data-deferred-property-input-mode="display"`). */
export function property(label: string, value: string): string {
  return `<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">${label}</span><div>${value}</div></div>`;
}

export function readDeal(
  html: string,
  change?: (doc: Document) => void,
): Extract<ReadResult, { status: 'read'; kind: 'deal' }> {
  const result = readPage(html, DEAL_URL, change);
  if (result.status !== 'read' || result.kind !== 'deal') throw new Error(`not read as a deal: ${result.status}`);
  return result;
}
