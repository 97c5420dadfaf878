import type { ActivityReading } from '../../../../lib/schema/activity';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { readPage } from './read-page';

export const CONTACT_URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/941';

export interface Item {
  header: string;
  date: string;
  body?: string;
  icon?: string;
  note?: boolean;
}

/** 2024+ preview feed (crm-evidence-2.md): accordion > role=button > timeline-preview-event. */
export function previewItem({ header, date, body = '', icon, note }: Item): string {
  return `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0"><div data-test-id="${note ? 'timeline-note-event' : 'timeline-preview-event'}"><div data-test-id="generic-preview-event-header">${icon ? `<span role="img" aria-label="${icon}"></span>` : ''}<span data-test-id="header-message">${header}</span><span data-test-id="event-timestamp">${date}</span></div><div>${body}</div></div></div></div>`;
}

export function contactPage({
  lang = 'en-US',
  name = 'Lena Vogt',
  sidebar = '',
  before = '',
  feed = '',
}: {
  lang?: string;
  name?: string;
  sidebar?: string;
  before?: string;
  feed?: string;
}): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${name} | HubSpot</title></head><body>
<main><div>
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content"><h2 data-selenium-test="highlightTitle">${name}</h2></div></div>
${sidebar}</div>
<div data-test-id="middle-pane">${before}<div data-test-id="crm-events-viz-timeline">
${feed}
</div></div>
<div data-test-id="records-right-sidebar"></div>
</div></main></body></html>`;
}

export function readContact(html: string): Extract<ReadResult, { status: 'read' }> & { activities: ActivityReading[] } {
  const result = readPage(html, CONTACT_URL);
  if (result.status !== 'read') throw new Error(`not read: ${result.status} ${JSON.stringify(result)}`);
  return result as never;
}
