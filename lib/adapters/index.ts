import type { ReadResult } from '../schema/read-result';
import type { RecordRef } from '../schema/record';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { safeRead } from './safe-read';
import { salesforce } from './salesforce';
import type { Adapter, PageClock } from './types';

/** Every supported CRM, in one explicit list. */
export const ADAPTERS: readonly Adapter[] = [hubspot, salesforce, pipedrive];

export interface RecordPage {
  adapter: Adapter;
  ref: RecordRef;
}

/** The adapter and record a URL points at, or null when it is not a supported record page. */
export function recordPageOf(url: URL): RecordPage | null {
  for (const adapter of ADAPTERS) {
    if (!adapter.handlesHost(url)) continue;
    const ref = adapter.detect(url);
    return ref ? { adapter, ref } : null;
  }
  return null;
}

/** Reads a record page; never throws (see safeRead). */
export function readRecordPage(page: RecordPage, doc: Document, url: URL, clock: PageClock): ReadResult {
  return safeRead(page.ref, () => page.adapter.read(doc, url, clock));
}
