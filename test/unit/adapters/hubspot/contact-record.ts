/**
 * HubSpot contact record pages written by hand (the 2024+ preview feed, classes with generated
 * suffixes as styled components print them), read the way the content script reads them: the
 * adapter, then the automatic-reply step every CRM's reading goes through. `strip` reads the same
 * page without classes, ids or test ids (the second path).
 */
import { Window } from 'happy-dom';
import { hubspot } from '../../../../lib/adapters/hubspot/index';
import { readRecordPage } from '../../../../lib/adapters/record-page';
import type { ActivityReading } from '../../../../lib/schema/activity';
import type { NotRead } from '../../../../lib/schema/read-result';

export const CONTACT_URL = 'https://app-eu1.hubspot.com/contacts/7730215/record/0-1/55120';

export interface Reading {
  activities: ActivityReading[];
  notRead: NotRead[];
  record: Record<string, unknown>;
}

/** `strip`: every class, id and data-* attribute removed first (the second path: no test ids, no classes). */
export function readHubSpot(html: string, options: { now?: string; strip?: boolean; zone?: string } = {}): Reading {
  const url = new URL(CONTACT_URL);
  const window = new Window({
    url: CONTACT_URL,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    if (options.strip)
      for (const el of Array.from(doc.querySelectorAll('*')))
        for (const attr of Array.from(el.attributes))
          if (attr.name === 'class' || attr.name === 'id' || attr.name.startsWith('data-'))
            el.removeAttribute(attr.name);
    const ref = hubspot.detect(url);
    if (!ref) throw new Error('not a contact URL');
    const result = readRecordPage({ adapter: hubspot, ref }, doc, url, {
      now: new Date(options.now ?? '2026-11-20T15:00:00Z'),
      timeZone: options.zone ?? 'UTC',
    });
    if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
    return result as unknown as Reading;
  } finally {
    window.close();
  }
}

/**
 * One 2024+ preview item: accordion toggle, preview event, header line (message + timestamp), body.
 * Classes as HubSpot's styled components print them (generated suffixes).
 */
export function previewEvent(header: string, when: string, body = ''): string {
  return [
    '<div data-test-id="collapsible-event-accordion" class="Accordion__Outer-sc-q81x">',
    '<div role="button" aria-expanded="false" tabindex="0" class="Accordion__Toggle-sc-q81x-2">',
    '<div data-test-id="timeline-preview-event" class="PreviewEvent__Card-sc-4fd0">',
    '<div data-test-id="generic-preview-event-header" class="PreviewHeader__Line-sc-71aa">',
    `<span data-test-id="header-message" class="PreviewHeader__Message-sc-71aa-1">${header}</span> `,
    `<span data-test-id="event-timestamp" class="PreviewHeader__Time-sc-71aa-2">${when}</span>`,
    '</div>',
    `<div class="PreviewEvent__Body-sc-4fd0-3">${body}</div>`,
    '</div></div></div>',
  ].join('');
}

/** A sidebar property row: label, then its read-only value. */
export function property(label: string, value: string): string {
  return `<div class="PropertyRow__Row-sc-9d2"><span data-selenium-test="property-label-${label.length}" class="PropertyLabel__StyledLabel-sc-0aa">${label}</span><div data-deferred-property-input-mode="display" class="PropertyValue__Value-sc-0ab">${value}</div></div>`;
}

export function contactRecord({
  lang = 'en-US',
  name = 'Mara Quist',
  properties = '',
  middle = '',
}: {
  lang?: string;
  name?: string;
  properties?: string;
  /** The middle column's content; `timeline(...)` for the usual feed. */
  middle?: string;
}): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${name} | HubSpot</title></head><body>
<div class="RecordPage__Layout-sc-11">
<section data-test-id="left-sidebar" class="LeftSidebar__Column-sc-12"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content"><h1 data-selenium-test="highlightTitle" class="HighlightTitle__Name-sc-13">${name}</h1></div></div>
<div data-selenium-test="highlightedPropertySidebar">${properties}</div></section>
<section data-test-id="middle-pane" class="MiddlePane__Column-sc-14">${middle}</section>
<aside data-test-id="records-right-sidebar" class="RightSidebar__Column-sc-15"></aside>
</div></body></html>`;
}

export function timeline(feed: string): string {
  return `<div data-test-id="crm-events-viz-timeline" class="Timeline__Feed-sc-16">${feed}</div>`;
}

/** A month or "Upcoming" group heading as the feed prints it. */
export function groupHeading(text: string): string {
  return `<h3 class="TimelineGroup__Heading-sc-17">${text}</h3>`;
}
