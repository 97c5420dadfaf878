import type { Adapter } from '../types';
import { readPage } from './read';
import { activeView } from './scope';
import { detect, handlesHost } from './url';

/** Salesforce Lightning: Contacts and Leads as contacts, Opportunities as deals. */
export const salesforce: Adapter = {
  crm: 'salesforce',
  handlesHost,
  detect,
  read(doc, url, clock) {
    const ref = detect(url);
    if (!ref) throw new Error(`not a Salesforce contact or opportunity page: ${url.pathname}`);
    return readPage(doc, ref, clock);
  },
  observeRoot: (doc) => activeView(doc)?.parentElement ?? doc.body,
};
