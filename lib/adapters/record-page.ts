import { pageLocaleOf } from '../locale/page-locale';
import type { ReadResult } from '../schema/read-result';
import type { RecordRef } from '../schema/record';
import { markAutoReplies } from './auto-replies';
import { withFeedLoadedBack } from './feed-loaded-back';
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
  return safeRead(page.ref, () => afterEveryReader(page.adapter.read(doc, url, clock), doc, clock));
}

/**
 * The step after every CRM's reader: automatic replies marked (auto-replies.ts), and how far back
 * a feed left with "Load more" was loaded (feedLoadedBack), where the adapter did not say.
 */
export function afterEveryReader(result: ReadResult, doc: Document, clock: PageClock): ReadResult {
  return withFeedLoadedBack(markAutoReplies(result, pageLocaleOf(doc).lang), clock.timeZone);
}
