import type { Adapter } from '../../../lib/adapters/types';
import type { ReadResult } from '../../../lib/schema/read-result';
import type { RecordRef } from '../../../lib/schema/record';

/** A HubSpot adapter that detects `ref` on any page and reads whatever `read` gives. */
export function stubAdapter(ref: RecordRef, read: () => ReadResult): Adapter {
  return {
    crm: 'hubspot',
    handlesHost: () => true,
    detect: () => ref,
    read,
    *readSteps() {
      yield;
      return read();
    },
    observeRoot: () => document.body,
  };
}
