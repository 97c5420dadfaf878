import { Window } from 'happy-dom';
import { hubspot } from '../../../lib/adapters/hubspot/index';
import { pipedrive } from '../../../lib/adapters/pipedrive/index';
import type { ReadResult } from '../../../lib/schema/read-result';

/**
 * HubSpot and Pipedrive pages in any language, written by hand from crm-pages.md and
 * crm-evidence-2.md (not from test/fixtures). Clock: contracts.md's 2026-11-20T15:00:00Z, read in UTC.
 */
export const NOW = new Date('2026-11-20T15:00:00Z');

function read(
  adapter: { read: (doc: Document, url: URL, clock: { now: Date; timeZone: string }) => ReadResult },
  html: string,
  url: string,
  now = NOW,
): ReadResult {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    return adapter.read(window.document as unknown as Document, new URL(url), { now, timeZone: 'UTC' });
  } finally {
    window.close();
  }
}

export type Read = Extract<ReadResult, { status: 'read' }>;

function ok(result: ReadResult): Read {
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return result;
}

// ---------- HubSpot ----------

export const HS_CONTACT_URL = 'https://app-eu1.hubspot.com/contacts/26112233/record/0-1/7301';

export interface HsEvent {
  header: string;
  time: string;
  body?: string;
}

/**
 * A 2024+ preview event (crm-evidence-2.md): accordion > role=button > timeline-preview-event,
 * the header (`generic-preview-event-header` > `header-message`), then the item time
 * (`event-timestamp`) as its own line below it, then the body. The evidence names the time element
 * apart from the header and never says it sits inside it.
 */
export function hsEvent({ header, time, body = '' }: HsEvent): string {
  return `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${header}</span></div><div data-test-id="event-timestamp">${time}</div><div class="SanitizedText__Body-sc-3q8"><p>${body}</p></div></div></div></div>`;
}

/** The same event with its time inside the header line. */
export function hsEventTimeInHeader({ header, time, body = '' }: HsEvent): string {
  return `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${header}</span><span data-test-id="event-timestamp">${time}</span></div><div class="SanitizedText__Body-sc-3q8"><p>${body}</p></div></div></div></div>`;
}

/**
 * A later markup generation whose item test ids changed (crm-evidence-2.md: test ids churn; the
 * 2024 `timeline-preview-event` replaced `timeline-card`): hashed classes only inside the feed.
 */
export function hsEventNewGeneration({ header, time, body = '' }: HsEvent): string {
  return `<div class="ActivityAccordion__Wrapper-sc-9x1"><div role="button" aria-expanded="false" class="ActivityAccordion__Toggle-sc-9x1"><div class="ActivityPreview__Card-sc-4k2"><div class="ActivityPreview__Header-sc-4k2"><span class="ActivityPreview__Message-sc-4k2">${header}</span><span class="ActivityPreview__Time-sc-4k2">${time}</span></div><div class="ActivityPreview__Body-sc-4k2"><p>${body}</p></div></div></div></div>`;
}

export function hsContactPage(lang: string, name: string, feed: string[]): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title></head><body>
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content"><h3 data-selenium-test="highlightTitle">${name}</h3></div></div></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
${feed.join('\n')}
</div></div>
<div data-test-id="records-right-sidebar"></div></body></html>`;
}

export function readHubSpot(html: string, url = HS_CONTACT_URL, now = NOW): Read {
  return ok(read(hubspot, html, url, now));
}

// ---------- Pipedrive ----------

export const PD_PERSON_URL = 'https://acme.pipedrive.com/person/2210';

export interface PdEntry {
  /** The type icon's `aria-label` (crm-evidence-2.md: type only in an icon's aria-label/title). */
  icon: string;
  /** The done toggle's label, in the page's language. */
  toggle: string;
  subject: string;
  when: string;
  owner?: string;
}

/**
 * A History entry: build-hashed classes (crm-evidence-2.md: `FlowItem_date__t7Kq2` style, the
 * component name itself unknown), `cui5-*` checkbox, type icon by aria-label, a meta line
 * "<date> · <owner> · <person>" joined by " · ".
 */
export function pdEntry(e: PdEntry, component = 'ActivityCard', person = ['2210', 'Person']): string {
  return `<li class="FeedList_row__Kq81"><article class="${component}_card__Hh3x">
<span class="${component}_icon__Hh3x"><svg role="img" aria-label="${e.icon}"></svg></span>
<div class="${component}_head__Hh3x"><button type="button" role="checkbox" aria-checked="true" aria-label="${e.toggle}" class="cui5-checkbox"></button><a href="/activities/${Math.abs(hash(e.subject))}">${e.subject}</a></div>
<div class="${component}_meta__Hh3x"><span class="${component}_date__Hh3x">${e.when}</span> · <span>${e.owner ?? 'Casey Nguyen'}</span> · <a href="/person/${person[0]}">${person[1]}</a></div>
</article></li>`;
}

function hash(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + (c.codePointAt(0) ?? 0)) | 0;
  return h;
}

export function pdPersonPage(lang: string, name: string, historyHeading: string, entries: string[]): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${name} - Pipedrive</title></head><body>
<div id="root"><main><div class="viewContainer">
<header><div data-testid="header-title"><h1>${name}</h1></div></header>
<aside></aside>
<section><h2>${historyHeading}</h2><ul class="FeedList_list__Kq81">
${entries.join('\n').replace(/>Person</g, `>${name}<`)}
</ul></section>
</div></main></div></body></html>`;
}

export function readPipedrive(html: string, url = PD_PERSON_URL): Read {
  return ok(read(pipedrive, html, url));
}
