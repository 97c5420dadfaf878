import type { ReadResult } from '../../schema/read-result';
import { type ReadingSteps, readAtOnce } from '../reading-steps';
import type { Adapter, PageClock } from '../types';
import { readPage } from './read';
import { activeView } from './scope';
import { detect, handlesHost } from './url';

function* readSteps(doc: Document, url: URL, clock: PageClock): ReadingSteps<ReadResult> {
  const ref = detect(url);
  if (!ref) throw new Error(`not a Salesforce contact or opportunity page: ${url.pathname}`);
  return yield* readPage(doc, ref, clock);
}

/** Salesforce Lightning: Contacts and Leads as contacts, Opportunities as deals. */
export const salesforce: Adapter = {
  crm: 'salesforce',
  handlesHost,
  detect,
  read: (doc, url, clock) => readAtOnce(readSteps(doc, url, clock)),
  readSteps,
  observeRoot: (doc) => activeView(doc)?.parentElement ?? doc.body,
  readsShadowRoots: true,
};
