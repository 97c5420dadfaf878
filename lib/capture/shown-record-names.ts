import { HEADER } from '../adapters/hubspot/selectors';
import { nameFromTabTitle as hubspotTabName } from '../adapters/hubspot/tab-title';
import { tabTitle as pipedriveTabName } from '../adapters/pipedrive/record-name';
import { SELECTORS as PIPEDRIVE } from '../adapters/pipedrive/selectors';
import { wordingFor } from '../adapters/pipedrive/wording';
import { nameFromTabTitle as salesforceTabName } from '../adapters/salesforce/header';
import { deepQueryAll, recordHeaders } from '../adapters/salesforce/scope';
import { SEL } from '../adapters/salesforce/selectors';
import { pageLocaleOf } from '../locale/page-locale';
import type { Crm } from '../schema/activity';

/**
 * The record's name wherever the page shows it before (or without) a reading: the tab title less
 * the CRM's suffix, and the adapters' own header title elements, hidden ones included (the capture
 * copies hidden views too). Taken from the readers themselves so a selector fixed there holds here.
 */
export function shownRecordNames(crm: Crm, doc: Document): string[] {
  const names = SHOWN_NAMES[crm](doc).map((name) => (name ?? '').replace(/\s+/g, ' ').trim());
  // A long text is a header block, not a name; an address is masked as one already.
  return [...new Set(names.filter((name) => name !== '' && name.length <= 100 && !name.includes('@')))];
}

const textsOf = (elements: Iterable<Element>) => Array.from(elements, (el) => el.textContent ?? '');

const SHOWN_NAMES: Record<Crm, (doc: Document) => (string | undefined)[]> = {
  hubspot: (doc) => [hubspotTabName(doc), ...textsOf(doc.querySelectorAll(HEADER.title))],
  salesforce: (doc) => {
    const headers = recordHeaders(doc.body ?? doc.documentElement);
    return [
      salesforceTabName(doc.title ?? ''),
      ...textsOf(deepQueryAll(doc, SEL.primaryField)),
      ...headers.flatMap((header) => deepQueryAll(header, SEL.headerTitle).map(titleOf)),
    ];
  },
  pipedrive: (doc) => [
    pipedriveTabName(doc, wordingFor(pageLocaleOf(doc).lang)),
    ...PIPEDRIVE.title.flatMap((selector) => textsOf(doc.querySelectorAll(selector))),
  ],
};

/** A Salesforce header title: its `title` attribute holds the whole name where the text is cut short. */
const titleOf = (el: Element) => el.getAttribute('title') || el.textContent || '';
