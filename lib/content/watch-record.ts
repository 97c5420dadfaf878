import type { PageReader } from '../adapters/page-reader';
import type { RecordPage } from '../adapters/record-page';
import type { ReadResult } from '../schema/read-result';
import { yieldToPage } from '../yield-to-page';
import { zonedDay } from '../zoned-day';
import { openShadowRoots } from './open-shadow-roots';
import { pageClock } from './page-clock';
import { itemFingerprints, readingFingerprint } from './reading-fingerprint';

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
   * After a client-side navigation the CRM still shows the previous record for a moment: nothing
   * is reported until a reading differs from the one taken at once (what was shown when the route
   * changed), or `settleMs` has passed; while the page still names the record left, up to
   * `loadingTimeoutMs` (a slow CRM keeps the old record on screen; a namesake is the rare case).
   */
  awaitChange: boolean;
  /**
   * The name the panel showed for the record being left: a reading naming another record is the
   * new one already drawn, and ends the wait at once.
   */
  leftName?: string | undefined;
  /** False while the address still points elsewhere: nothing is read until it is this record's. */
  isCurrent(): boolean;
  /** Called with the first reading and again whenever what the page shows changes. */
  onReading(result: ReadResult): void;
  /**
   * Called once, instead of reading, when the page is read on a later day than it was drawn
   * (`drawnAt`): a tab left open overnight still prints yesterday's "Today at 2:26 PM", which read with
   * today's clock would move every such touch a day on (and store items without a CRM id twice).
   * Which labels the CRM redrew cannot be told, so nothing more is read until the page is reloaded.
   */
  onStale?(): void;
  /** When the CRM drew the page (its load, or the route change to it); the watch's start when not given. */
  drawnAt?: Date;
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
 * ("5 minutes ago") drifting with the clock are not a change (reading-fingerprint.ts).
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
  const drawnOn = zonedDay(options.drawnAt ?? new Date(startedAt), pageClock().timeZone);
  let stale = false;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observed: Element | null = null;
  let observedShadows = new WeakSet<ShadowRoot>();
  /** While settling after a navigation: the reading of the page as it was when the route changed. */
  let settling = options.awaitChange;
  let shownBefore: string | undefined;
  let itemsBefore: string[] | undefined;
  /** The name the latest reading while settling gave the record, if it read one. */
  let settlingName: string | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
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
    const clock = pageClock();
    if (drawnEarlier()) return;
    const result = await readInSlices(page, document, url, clock, {
      sliceMs: READ_SLICE_MS,
      pause: yieldToPage,
      cancelled: () => signal.aborted,
    });
    if (!result) return;
    // The address moved on during the reading (before the route change event, which WXT may
    // only send up to a second later): part of what was read may be the next record's page.
    if (!isCurrent()) return schedule(debounceMs);
    observe();
    if (settling && !changedSinceRoute(result)) return;
    if (result.status === 'loading' && Date.now() - startedAt < loadingTimeoutMs) return schedule(debounceMs);
    await yieldToPage();
    if (signal.aborted) return;
    const fingerprint = readingFingerprint(result);
    if (fingerprint === last) return;
    last = fingerprint;
    onReading(result);
  };

  /**
   * A page mutation (a ticking clock) is no sign of the next record: only a reading that differs
   * from the first one after the route change, or that names another record than the one left.
   * The page left changes too while it goes (its timeline loads more items, or is taken down before
   * its header): a reading that still names the record left is a sign only when the page showed
   * items at the route change and none of them is shown now (a namesake's page). One naming another
   * record is no sign while its items are still exactly those shown then (the new header drawn
   * before its timeline). The settle timer ends the wait in the cases these cannot tell.
   */
  function changedSinceRoute(result: ReadResult): boolean {
    const fingerprint = readingFingerprint(result);
    const items = itemFingerprints(result);
    const first = shownBefore === undefined;
    shownBefore ??= fingerprint;
    itemsBefore ??= items;
    settlingName = result.status === 'read' ? result.record.name : undefined;
    const namesLeft = options.leftName !== undefined && settlingName === options.leftName;
    const namesOther = result.status === 'read' && options.leftName !== undefined && !namesLeft;
    if (!(first && namesOther) && !newRecordShown(fingerprint, items, namesLeft)) return false;
    endSettling();
    return true;
  }

  function newRecordShown(fingerprint: string, items: string[], namesLeft: boolean): boolean {
    if (fingerprint === shownBefore) return false;
    const before = new Set(itemsBefore);
    // A namesake only when the page left showed items and none of them is shown now.
    if (namesLeft) return items.length > 0 && before.size > 0 && !items.some((item) => before.has(item));
    return !(items.length > 0 && items.length === before.size && items.every((item) => before.has(item)));
  }

  /** True once the day has moved on since the page was drawn; says so once (`onStale`). */
  function drawnEarlier(): boolean {
    const clock = pageClock();
    if (zonedDay(clock.now, clock.timeZone) === drawnOn) return false;
    if (!stale) options.onStale?.();
    stale = true;
    return true;
  }

  function endSettling(): void {
    settling = false;
    clearTimeout(settleTimer);
  }

  function schedule(delay: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void read(), delay);
  }

  function observe(): void {
    const root = page.adapter.observeRoot(document) ?? document.body;
    if (root !== observed) {
      content.disconnect();
      observedShadows = new WeakSet();
      observed = root;
      content.observe(root, CONTENT_CHANGES);
    }
    // Shadow roots drawn since the last reading: their late items (a timeline growing) count too,
    // for a reader that walks them; for the others the scan would be work on every reading.
    if (!page.adapter.readsShadowRoots) return;
    for (const shadow of openShadowRoots(root)) {
      if (observedShadows.has(shadow)) continue;
      observedShadows.add(shadow);
      content.observe(shadow, CONTENT_CHANGES);
    }
  }

  // A reader may check the record's view against the tab title (Salesforce): the title changing is a change too.
  const title = document.querySelector('head > title');
  const titleChanges = new MutationObserver(() => schedule(debounceMs));
  if (title) titleChanges.observe(title, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearTimeout(settleTimer);
    content.disconnect();
    reattach.disconnect();
    titleChanges.disconnect();
  });
  reattach.observe(document.body, { childList: true, subtree: true });
  // A quiet tab shown again the next morning: its panel's "days since" are yesterday's, and nothing
  // on the page changes to tell.
  document.addEventListener('visibilitychange', () => document.hidden || drawnEarlier(), { signal });
  observe();
  if (settling) {
    // At once, to know what the previous record's page looked like; the settle timer is apart from
    // `schedule`, which every mutation restarts.
    schedule(0);
    const settled = () => {
      endSettling();
      schedule(0);
    };
    settleTimer = setTimeout(() => {
      const showsLeft = options.leftName !== undefined && settlingName === options.leftName;
      if (!showsLeft) return settled();
      settleTimer = setTimeout(settled, Math.max(0, loadingTimeoutMs - settleMs));
    }, settleMs);
    return;
  }
  // On a page load, read once the record's container has been quiet for `debounceMs`: a CRM
  // still rendering its data would otherwise be read half-drawn and show zeros for a moment.
  schedule(debounceMs);
}

const CONTENT_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'hidden', 'aria-hidden', 'style'],
};
