import { readAtOnce } from '../reading-steps';
import type { Adapter } from '../types';
import { readHubSpot } from './read';
import { findRecordScope } from './scope';
import { detect, handlesHost } from './url';

export const hubspot: Adapter = {
  crm: 'hubspot',
  handlesHost,
  detect,
  read: (doc, url, clock) => readAtOnce(readHubSpot(doc, url, clock)),
  readSteps: readHubSpot,
  /**
   * The container of the shown record's view: record swaps after a route change and timeline
   * items scrolled in are both mutations below it.
   */
  observeRoot: (doc) => {
    const { root, title } = findRecordScope(doc);
    return title ? (root.parentElement ?? root) : (doc.body ?? null);
  },
};
