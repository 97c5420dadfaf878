import type { PageReader } from '../adapters/page-reader';
import type { RecordPage } from '../adapters/record-page';
import { recordKey } from '../keys';
import type { ReadResult } from '../schema/read-result';
import { yieldToPage } from '../yield-to-page';
import { zonedDay } from '../zoned-day';
import { createAddressHold } from './drawn-before-address';
import { openShadowRoots } from './open-shadow-roots';
import { pageClock } from './page-clock';
import { LEFT_UNREAD, type PageLeft, pageLeftOf } from './page-left';
import { createReadTimer } from './read-timer';
import { readingFingerprint } from './reading-fingerprint';
import { createRouteSettle } from './route-settle';

/** A quarter of a frame: the reading's slices leave the page room to draw and answer input. */
export const READ_SLICE_MS = 4;

export interface WatchOptions extends PageLeft {
  page: RecordPage;
  /** The CRM reader chunk's sliced reading (lib/adapters/page-reader.ts). */
  readInSlices: PageReader['readInSlices'];
  /** The record page's URL (the route being shown). */
  url: URL;
  signal: AbortSignal;
  /**
   * After a client-side navigation the CRM still shows the previous record for a moment: nothing
   * is reported until a reading is the new record's page (route-settle.ts), or `settleMs` has passed;
   * while the page still looks like the one left, up to `loadingTimeoutMs` (a slow CRM keeps the old
   * record on screen; a namesake, or a record whose timeline is the one left's, is the rare case).
   * Past that, a page still showing the record left as it was read (its name over its items) is
   * reported as still loading, not as this record's, and the wait for this record's page goes on; a
   * new name first seen over the page left's timeline then, or shortly before (a slow CRM drawing the
   * new header before its timeline), is waited for afresh, as one seen right after the route change is.
   * What the page left showed comes as the `PageLeft` options; a page known to be this record's own
   * (back to it before the CRM drew the other) is read as on a page load.
   */
  awaitChange: boolean;
  /**
   * This record's page as a watch of it last reported it, when the route left it and comes back (A →
   * B → A, or a page Touchline does not read and back): a page showing it so is this record's, at once.
   */
  lastRead?: PageLeft | undefined;
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
  /** The longest a change waits for the page to go quiet before it is read. */
  maxWaitMs?: number;
  settleMs?: number;
  /** After a page has shown placeholders this long without a break, it is reported as it is. */
  loadingTimeoutMs?: number;
}

/** How long a page may show it is still loading before what it shows is reported. */
export const LOADING_TIMEOUT_MS = 15_000;

/** What a watch tells the next route's: what the page showed when last read (`PageLeft`). */
export interface RecordWatch {
  /** Asked as the route changes, before the watch is stopped. */
  pageLeft(): PageLeft;
}

/**
 * Reads the record, then again whenever its container changes (the timeline growing, a card
 * loading late), debounced, until the signal aborts (route change or extension reload).
 * A reading is only reported when its content differs from the previous one: relative dates
 * ("5 minutes ago") drifting with the clock are not a change (reading-fingerprint.ts).
 */
export function watchRecord(options: WatchOptions): RecordWatch {
  const {
    page,
    readInSlices,
    url,
    signal,
    onReading,
    isCurrent,
    debounceMs = 400,
    maxWaitMs = 1000,
    settleMs = 2000,
    loadingTimeoutMs = LOADING_TIMEOUT_MS,
  } = options;
  const key = recordKey(page.ref);
  const startedAt = Date.now();
  const drawnAt = options.drawnAt ?? new Date(startedAt);
  let stale = false;
  let last = '';
  const hold = createAddressHold(settleMs);
  let observed: Element | null = null;
  let observedShadows = new WeakSet<ShadowRoot>();
  // Back to the record whose page is still on screen (the CRM never drew the other): nothing to wait for.
  const ownPage = options.leftKey === key;
  /** While settling after a navigation: tells the page left from this record's (route-settle.ts). */
  const settle = options.awaitChange && !ownPage ? createRouteSettle(options, options.lastRead) : undefined;
  let settling = settle !== undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimeOver = false;
  let loadingTimeOver = false;
  /** When the loading time was last over. */
  let loadingOverAt = 0;
  /** A new name over the page left's timeline, and since when the readings have shown it so. */
  let header: { name: string; since: number } | undefined;
  /** The new name whose wait began afresh at the loading time's end (`headerDrawnLate`): once a name. */
  let waitedFor: string | undefined;
  /**
   * Since when the page has shown placeholders without a break, or undefined while it shows none:
   * a page is loading from the start, and a skeleton drawn later in a visit (the CRM redrawing its
   * timeline) starts a spell of its own.
   */
  let loadingSince: number | undefined = startedAt;
  /** This record's page as the latest reading reported showed it. */
  let own: PageLeft | undefined;
  /** Page changes noticed, and their count when the page left was last seen (while settling). */
  let changes = 0;
  let leftSeenAt = 0;
  /** A reading runs over several tasks: one asked for meanwhile waits for it, or answers could cross. */
  let reading = false;
  let readAgain = false;
  const timer = createReadTimer(() => void read(), maxWaitMs);
  const schedule = (delay: number) => timer.schedule(delay);
  const changed = () => {
    changes++;
    schedule(debounceMs);
  };
  const content = new MutationObserver(changed);
  // Childlist-only, body-wide: notices when the CRM replaces the watched container itself.
  const reattach = new MutationObserver(() => {
    if (!observed?.isConnected) {
      observe();
      changed();
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
    const changesBefore = changes;
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
    if (settle && settling) {
      // The page changed during the reading: right after a route change the CRM may have swapped the
      // page left for the new record's between its slices, so the header may be one record's and the
      // timeline the other's. Judged, such a reading looks new (a name over none of its items). It
      // still tells whether the page left shows: once the settle time is over, a new record's page
      // that changes all the time (a call timer) is read as it is, not after the loading time.
      if (changes !== changesBefore) {
        settle.glimpse(result);
        noteHeader();
        if (loadingTimeOver && !headerDrawnLate()) {
          return settle.showsLeftAsRead() ? reportLeftShown(result) : settled();
        }
        return settleTimeOver && !settle.showsLeft() ? settled() : schedule(debounceMs);
      }
      const verdict = settle.judge(result, changesBefore > 0);
      noteHeader();
      if (verdict === 'record-left') leftSeenAt = changesBefore;
      if (verdict !== 'new-record') {
        if (!loadingTimeOver || headerDrawnLate()) return;
        if (settle.showsLeftAsRead()) return reportLeftShown(result);
      }
      endSettling();
    }
    if (result.status !== 'loading') loadingSince = undefined;
    else {
      loadingSince ??= Date.now();
      if (Date.now() - loadingSince < loadingTimeoutMs) return schedule(debounceMs);
    }
    const held = hold.waitFor(result);
    if (held > 0) return schedule(held);
    await yieldToPage();
    if (signal.aborted) return;
    const fingerprint = readingFingerprint(result);
    if (fingerprint === last) return;
    last = fingerprint;
    own = pageLeftOf(result, key);
    hold.reported(result);
    onReading(result);
  };

  /**
   * Past the loading time, the page still shows the record left as it was read: not this record's
   * page (its touches saved here would count for good), so it is reported as still loading, once.
   */
  async function reportLeftShown(result: ReadResult): Promise<void> {
    if (!settle || result.status !== 'read') return;
    await yieldToPage();
    if (signal.aborted) return;
    const loading: ReadResult = {
      ...page.ref,
      status: 'loading',
      reason: `the page still shows ${result.record.name}, the record left`,
    };
    const fingerprint = readingFingerprint(loading);
    if (fingerprint === last) return;
    last = fingerprint;
    own = settle.pageLeft();
    onReading(loading);
  }

  /**
   * What the page showed when last read: the latest reading reported, even if the page changed since
   * (a new name then is the next record drawn early, held back above; items drawn since are the
   * page left's timeline grown, which the next record's wait still takes for the page left's, as
   * route-settle.ts compares); before one, the page left as the latest reading naming it showed it,
   * unless the page changed since (the next record may be drawn by now: unread).
   */
  function pageLeft(): PageLeft {
    if (signal.aborted) return LEFT_UNREAD;
    if (content.takeRecords().length > 0 || titleChanges.takeRecords().length > 0) changes++;
    if (own) return own;
    if (!settle || leftSeenAt !== changes) return LEFT_UNREAD;
    return settle.pageLeft();
  }

  /** True once the day has moved on since the page was drawn; says so once (`onStale`). */
  function drawnEarlier(): boolean {
    if (!drawnOnEarlierDay(drawnAt)) return false;
    if (!stale) options.onStale?.();
    stale = true;
    return true;
  }

  function endSettling(): void {
    settling = false;
    clearTimeout(settleTimer);
  }

  /**
   * The settle time, then, while the page still looks like the one left, the loading time, from now:
   * apart from `schedule`, which every mutation restarts.
   */
  function startWaiting(): void {
    settleTimeOver = false;
    loadingTimeOver = false;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      settleTimeOver = true;
      if (!settle?.showsLeft()) return settled();
      settleTimer = setTimeout(loadingTimeIsOver, Math.max(0, loadingTimeoutMs - settleMs));
    }, settleMs);
  }

  /** The wait is over without a reading judged the new record's: the next is reported as it is. */
  function settled(): void {
    endSettling();
    schedule(0);
  }

  /** Read again at once: a page still showing the record left as it was read is reported as such, any other as it is. */
  function loadingTimeIsOver(): void {
    loadingTimeOver = true;
    loadingOverAt = Date.now();
    if (headerDrawnLate()) return;
    if (settle?.showsLeftAsRead()) schedule(0);
    else settled();
  }

  /** Keeps since when the readings have shown the new name they show over the page left's timeline. */
  function noteHeader(): void {
    const name = settle?.headerOverLeft();
    if (name === undefined) header = undefined;
    else if (name !== header?.name) header = { name, since: Date.now() };
  }

  /**
   * Past the loading time, a new name over the page left's timeline first seen after it, or less
   * than the settle time before it: the new record's header drawn before its timeline by a CRM that
   * kept the page left up (the loading time counts from the route change). Reported now, the page
   * left's items would be saved as this record's for good, so the header is waited for as one drawn
   * right after the route change is: the settle time, then while it still shows over the page left's
   * timeline, the loading time, both from now. Once a name: a record whose timeline really is the
   * one left's is reported as it is after that.
   */
  function headerDrawnLate(): boolean {
    if (!header || header.name === waitedFor || header.since < loadingOverAt - settleMs) return false;
    waitedFor = header.name;
    startWaiting();
    return true;
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
  const titleChanges = new MutationObserver(changed);
  if (title) titleChanges.observe(title, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    timer.cancel();
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
  if (settle) {
    // At once, to know what the previous record's page looked like.
    schedule(0);
    startWaiting();
    return { pageLeft };
  }
  // On a page load, read once the record's container has been quiet for `debounceMs`: a CRM
  // still rendering its data would otherwise be read half-drawn and show zeros for a moment.
  schedule(debounceMs);
  return { pageLeft };
}

/** The page's day has moved on since `drawnAt` (in the page's zone): what it prints may be yesterday's. */
export function drawnOnEarlierDay(drawnAt: Date): boolean {
  const clock = pageClock();
  return zonedDay(clock.now, clock.timeZone) !== zonedDay(drawnAt, clock.timeZone);
}

const CONTENT_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'hidden', 'aria-hidden', 'style'],
};
