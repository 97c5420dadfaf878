import type { ReadResult } from '../../schema/read-result';
import { type ReadingSteps, readAtOnce } from '../reading-steps';
import { failedReading } from '../safe-read';
import type { Adapter, PageClock } from '../types';
import { readPage } from './read';
import { SELECTORS } from './selectors';
import { detect, handlesHost } from './url';
import { visibleView } from './view';

function* readSteps(doc: Document, url: URL, clock: PageClock): ReadingSteps<ReadResult> {
  const ref = detect(url);
  if (!ref) throw new Error(`not a Pipedrive person, lead or deal URL: ${url.pathname}`);
  try {
    return yield* readPage(doc, ref, clock);
  } catch (error) {
    return failedReading(ref, error);
  }
}

/**
 * Pipedrive: person pages (and leads, read as contacts) and deal pages on
 * `{company}.pipedrive.com`. Public evidence about the markup is thin (crm-pages.md), so every
 * selector lives in selectors.ts with label-text fallbacks.
 */
export const pipedrive: Adapter = {
  crm: 'pipedrive',
  handlesHost,
  detect,
  read: (doc, url, clock) => readAtOnce(readSteps(doc, url, clock)),
  readSteps,
  /** The content area, not the view: the app replaces the view element itself on each route. */
  observeRoot: (doc) => doc.querySelector(SELECTORS.appRoot) ?? visibleView(doc)?.parentElement ?? doc.body,
};
