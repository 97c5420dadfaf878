import { pageLocaleOf } from '../locale/page-locale';
import type { ReadResult } from '../schema/read-result';
import type { RecordRef } from '../schema/record';
import { markAutoReplies } from './auto-replies';
import { safeRead } from './safe-read';
import type { Adapter, PageClock } from './types';

export interface RecordPage {
  adapter: Adapter;
  ref: RecordRef;
}

/** The adapter and record a URL points at, or null when it is not a supported record page. */
export function recordPageOf(url: URL, adapters: readonly Adapter[]): RecordPage | null {
  for (const adapter of adapters) {
    if (!adapter.handlesHost(url)) continue;
    const ref = adapter.detect(url);
    return ref ? { adapter, ref } : null;
  }
  return null;
}

/** Reads a record page, automatic replies marked as automated; never throws (see safeRead). */
export function readRecordPage(page: RecordPage, doc: Document, url: URL, clock: PageClock): ReadResult {
  return safeRead(page.ref, () => withAutoReplies(page.adapter.read(doc, url, clock), doc));
}

/** The step after every CRM's reader (auto-replies.ts). */
export function withAutoReplies(result: ReadResult, doc: Document): ReadResult {
  return markAutoReplies(result, pageLocaleOf(doc).lang);
}
