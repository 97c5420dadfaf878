import type { PageReader } from '../adapters/page-reader';
import type { RecordPage } from '../adapters/record-page';
import type { ReadResult } from '../schema/read-result';
import { yieldToPage } from '../yield-to-page';
import { pageClock } from './page-clock';

/** A quarter of a frame: the reading's slices leave the page room to draw and answer input. */
export const READ_SLICE_MS = 4;

export interface WatchOptions {
  page: RecordPage;
  /** The CRM reader chunk's sliced reading (lib/adapters/page-reader.ts). */
  readInSlices: PageReader['readInSlices'];
  /** The record page's URL (the route being shown). */
  url: URL;
  signal: AbortSignal;
  /**
   * After a client-side navigation the CRM still shows the previous record for a moment: wait
   * for the page to change (or `settleMs`) before the first reading.
   */
  awaitChange: boolean;
  /** False while the address still points elsewhere: nothing is read until it is this record's. */
  isCurrent(): boolean;
  /** Called with the first reading and again whenever what the page shows changes. */
  onReading(result: ReadResult): void;
  debounceMs?: number;
  settleMs?: number;
  /** After this long, a page still showing placeholders is reported as it is. */
  loadingTimeoutMs?: number;
}

/** How long a page may show it is still loading before what it shows is reported. */
export const LOADING_TIMEOUT_MS = 15_000;

/**
 * Reads the record, then again whenever its container changes (the timeline growing, a card
 * loading late), debounced, until the signal aborts (route change or extension reload).
 * A reading is only reported when its content differs from the previous one: relative dates
 * ("5 minutes ago") drifting with the clock are not a change.
 */
export function watchRecord(options: WatchOptions): void {
  const {
    page,
    readInSlices,
    url,
    signal,
    onReading,
    isCurrent,
    debounceMs = 400,
    settleMs = 2000,
    loadingTimeoutMs = LOADING_TIMEOUT_MS,
  } = options;
  const startedAt = Date.now();
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observed: Element | null = null;
  /** A reading runs over several tasks: one asked for meanwhile waits for it, or answers could cross. */
  let reading = false;
  let readAgain = false;
  const content = new MutationObserver(() => schedule(debounceMs));
  // Childlist-only, body-wide: notices when the CRM replaces the watched container itself.
  const reattach = new MutationObserver(() => {
    if (!observed?.isConnected) {
      observe();
      schedule(debounceMs);
    }
  });

  const read = async () => {
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    try {
      await readOnce();
    } finally {
      reading = false;
      if (readAgain && !signal.aborted) {
        readAgain = false;
        schedule(debounceMs);
      }
    }
  };

  // Each step in tasks of its own (issue 11: no task longer than a frame): the adapter's read in
  // slices, then the comparison with the last reading and the message to the background.
  const readOnce = async () => {
    await yieldToPage();
    if (signal.aborted) return;
    if (!isCurrent()) return schedule(debounceMs);
    const result = await readInSlices(page, document, url, pageClock(), {
      sliceMs: READ_SLICE_MS,
      pause: yieldToPage,
      cancelled: () => signal.aborted,
    });
    if (!result) return;
    observe();
    if (result.status === 'loading' && Date.now() - startedAt < loadingTimeoutMs) return schedule(debounceMs);
    await yieldToPage();
    if (signal.aborted) return;
    const fingerprint = JSON.stringify(result, (key, value) => (key === 'timestamp' ? undefined : value));
    if (fingerprint === last) return;
    last = fingerprint;
    onReading(result);
  };

  function schedule(delay: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void read(), delay);
  }

  function observe(): void {
    const root = page.adapter.observeRoot(document) ?? document.body;
    if (root === observed) return;
    content.disconnect();
    observed = root;
    content.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'hidden', 'aria-hidden', 'style'],
    });
  }

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    content.disconnect();
    reattach.disconnect();
  });
  reattach.observe(document.body, { childList: true, subtree: true });
  observe();
  // On a page load, read once the record's container has been quiet for `debounceMs`: a CRM
  // still rendering its data would otherwise be read half-drawn and show zeros for a moment.
  schedule(options.awaitChange ? settleMs : debounceMs);
}
