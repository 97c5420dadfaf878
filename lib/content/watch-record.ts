import { type RecordPage, readRecordPage } from '../adapters/record-page';
import type { ReadResult } from '../schema/read-result';

export interface WatchOptions {
  page: RecordPage;
  signal: AbortSignal;
  /** Called with the first reading and again whenever what the page shows changes. */
  onReading(result: ReadResult): void;
  /** Quiet time before re-reading a page that is still changing. */
  debounceMs?: number;
  /** After this long, a page still showing placeholders is reported as it is. */
  loadingTimeoutMs?: number;
}

/**
 * Reads the record now and whenever its container changes (the timeline growing, a card
 * loading late), debounced, until the signal aborts (route change or extension reload).
 * A reading is only reported when it differs from the previous one.
 */
export function watchRecord({
  page,
  signal,
  onReading,
  debounceMs = 400,
  loadingTimeoutMs = 15_000,
}: WatchOptions): void {
  const startedAt = Date.now();
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  let observed: Element | null = null;

  const read = () => {
    if (signal.aborted) return;
    const result = readRecordPage(page, document, new URL(location.href), {
      now: new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    observe();
    if (result.status === 'loading' && Date.now() - startedAt < loadingTimeoutMs) {
      schedule();
      return;
    }
    const fingerprint = JSON.stringify(result);
    if (fingerprint === last) return;
    last = fingerprint;
    onReading(result);
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(read, debounceMs);
  };

  // The record's container may be replaced as the app renders: re-attach to the current one.
  const observe = () => {
    const root = page.adapter.observeRoot(document) ?? document.body;
    if (root === observed) return;
    observer?.disconnect();
    observed = root;
    observer = new MutationObserver(schedule);
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'hidden', 'style'],
    });
  };

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer?.disconnect();
  });
  read();
}
