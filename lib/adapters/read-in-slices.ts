import { pageLocaleOf } from '../locale/page-locale';
import { prepareDateReading } from '../locale/prepare-date-reading';
import { prepareOutOfOffice } from '../locale/words/find-words';
import type { ReadResult } from '../schema/read-result';
import { inReadingMemo, type ReadingMemo } from './reading-memo';
import type { ReadingSteps } from './reading-steps';
import { afterEveryReader, type RecordPage } from './record-page';
import { failedReading } from './safe-read';
import type { Adapter, PageClock } from './types';

export interface Slicing {
  /** Steps run back to back until this much time has passed, then the reading pauses. */
  sliceMs: number;
  /** Gives the page its thread back (lib/yield-to-page.ts in the content script). */
  pause(): Promise<void>;
  /** Asked after each pause: true stops the reading (the route was left). */
  cancelled(): boolean;
}

/**
 * What `readRecordPage` reads, in slices of about `sliceMs` with a pause between them, so that
 * no task of the reading is much longer than a slice (issue 11). The page may change during a
 * pause; the watcher reads again after any change, as it does after a change during a whole read.
 * Never throws; resolves with null when cancelled.
 */
export async function readRecordPageInSlices(
  page: RecordPage,
  doc: Document,
  url: URL,
  clock: PageClock,
  slicing: Slicing,
): Promise<ReadResult | null> {
  const memo: ReadingMemo = new Map();
  const steps = prepared(page.adapter, doc, url, clock);
  let sliceStart = performance.now();
  for (;;) {
    let step: IteratorResult<void, ReadResult>;
    try {
      step = inReadingMemo(memo, () => steps.next());
    } catch (error) {
      return failedReading(page.ref, error);
    }
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= slicing.sliceMs) {
      await slicing.pause();
      if (slicing.cancelled()) return null;
      sliceStart = performance.now();
    }
  }
}

/**
 * The adapter's steps after those building and compiling what reading the page's dates and words
 * needs (once per page, so only the first reading has most of them), then the step after every
 * reader (marking automatic replies reads every inbound email's subject), in a step of its own. What a step throws
 * becomes an unreadable reading above, as `safeRead` makes it of the whole reading.
 */
function* prepared(adapter: Adapter, doc: Document, url: URL, clock: PageClock): ReadingSteps<ReadResult> {
  const locale = pageLocaleOf(doc);
  yield* prepareDateReading(clock, locale);
  yield* prepareOutOfOffice(locale.lang);
  const result = yield* adapter.readSteps(doc, url, clock);
  yield;
  return afterEveryReader(result, doc, clock);
}
