import { loggedOffer, offerAfterSave } from '../../components/logged-offer';
import type { LogDetails, LoggedOffer, LogRequest, PanelState } from '../../components/panel-state';
import type { PageReader } from '../adapters/page-reader';
import type { RecordPage } from '../adapters/record-page';
import { recordKey } from '../keys';
import type { ReadingResponse, TouchResponse } from '../messaging/protocol';
import type { NotRead, ReadResult } from '../schema/read-result';
import type { RecordView } from '../schema/view-model';
import { yieldToPage } from '../yield-to-page';
import { keepOlderNotKept } from './keep-older-not-kept';
import { type AskFailure, type AskOptions, ask } from './messages';
import { LEFT_NO_RECORD, LEFT_UNREAD, type PageLeft } from './page-left';
import type { PanelStore } from './panel-store';
import { REMOVED, type RemovalWords, removeLoggedTouches, UNDONE } from './remove-logged';
import { createUnconfirmedLogs, type SentLog, UNCONFIRMED_LOST, unconfirmedNotice } from './unconfirmed-logs';
import { drawnOnEarlierDay, LOADING_TIMEOUT_MS, type RecordWatch, watchRecord } from './watch-record';

/** How long the undo offer stays after logging a touch, counted again each time the rep leaves it. */
const UNDO_MS = 8000;

const NOTHING_TO_EDIT = 'Details not saved: the touch they were for is no longer on this panel.';

const LOADING_WAIT_S = LOADING_TIMEOUT_MS / 1000;

const STILL_LOADING = `The page was still loading after ${LOADING_WAIT_S} seconds, and Touchline has nothing stored for this record yet.`;

/**
 * Follows the CRM's routes: on each, finds the record, reads and watches it, and keeps the panel
 * on that record only. Every answer names its record; one for any other record is dropped.
 */
/** Shown when the page changes on a later day than it was read (watch-record.ts `onStale`). */
export const DRAWN_ON_AN_EARLIER_DAY =
  'This page was opened on an earlier day: its "Today" and "Yesterday" may be out of date. Reload it to have Touchline read it again.';

export function createRecordSession(
  reader: PageReader,
  store: PanelStore,
  lifetime: AbortSignal,
  answers: AskOptions = {},
) {
  let route: AbortController | undefined;
  let watch: RecordWatch | undefined;
  let shownKey: string | null = null;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** Focus or the pointer is on the undo offer: it stays while the rep is on it (WCAG 2.2.1). */
  let undoHeld = false;
  /**
   * The touches logged in this tab and not undone, with the record each was logged on: the details
   * step edits the one its form is for while that record is shown (the form stays open across routes).
   */
  const loggedOn = new Map<string, string>();
  const unconfirmed = createUnconfirmedLogs();
  /** A details save not answered yet: a second Save meanwhile waits for it rather than sending again. */
  let saving: Promise<boolean> | undefined;

  const show = (state: PanelState) => store.update({ state, notice: null });
  const showView = (view: RecordView) => {
    if (view.recordKey === shownKey) show({ status: 'ready', view: keepOlderNotKept(store.get().state, view) });
  };
  /**
   * The latest record the route left with a reading of its own, as that reading showed its page:
   * back on it soon (A → B → A, or a dialog with an address Touchline does not read, and back), a
   * page showing it so is its page, whatever the CRM drew of the other meanwhile.
   */
  let lastRead: PageLeft | undefined;
  /** When the CRM drew the record shown: the page load or the last route change (never "read again"). */
  let drawnAt = new Date();
  /** A failed log or undo leaves the numbers in place and says what went wrong beside them. */
  const notify = (message: string) => store.update({ notice: message });

  /**
   * `url` is the address the CRM just moved to (address-moves.ts), in the task that moved it: the
   * page may still show the record being left.
   */
  function onRoute(url: URL, afterNavigation: boolean): void {
    const page = reader.pageAt(url);
    // Only the query or hash changed (a tab of the record shown): the same record, so the watcher,
    // the undo offer and an erase's pause stay as they are.
    if (page && recordKey(page.ref) === shownKey) return;
    // The first route is the page's load, which came before Touchline's idle wait and chunks.
    const now = new Date();
    drawnAt = afterNavigation ? now : new Date(Math.min(now.getTime(), performance.timeOrigin));
    follow(url, page, afterNavigation ? pageLeft() : undefined);
  }

  /**
   * The session's first route. `loadedAt` is the address the page loaded at, noted before Touchline's
   * idle wait: when the address has moved to another record since (a click while Touchline was
   * starting), the CRM may still show the page loaded, so it is followed as a navigation away from
   * that page, left unread as after a quick click.
   */
  function onLoad(url: URL, loadedAt: URL): void {
    const page = reader.pageAt(url);
    const loaded = reader.pageAt(loadedAt);
    const loadedKey = loaded ? recordKey(loaded.ref) : null;
    if ((page ? recordKey(page.ref) : null) === loadedKey) {
      onRoute(url, false);
      return;
    }
    drawnAt = new Date();
    follow(url, page, loadedKey === null ? LEFT_NO_RECORD : { leftRoute: loadedKey, ...LEFT_UNREAD });
  }

  /**
   * What the page left showed, asked in the route change's task before its watch stops: the next
   * record's wait compares with it. A record's page as last read, reported or not (a quick click
   * leaves before the panel shows it); a page that was no record's, as the page at the route change.
   * A reading the record's own watch reported is kept as `lastRead`.
   */
  function pageLeft(): PageLeft {
    if (shownKey === null) return LEFT_NO_RECORD;
    const left = watch?.pageLeft() ?? LEFT_UNREAD;
    if (left.leftKey === shownKey) lastRead = left;
    return { leftRoute: shownKey, ...left };
  }

  /** `left`: what the page left showed, after a navigation; undefined when the page is read as loaded. */
  function follow(url: URL, page: RecordPage | null, left: PageLeft | undefined): void {
    route?.abort();
    watch = undefined;
    route = new AbortController();
    const signal = AbortSignal.any([lifetime, route.signal]);
    clearUndo();
    shownKey = page ? recordKey(page.ref) : null;
    // One update: the shell redraws everything on each, and this runs in the route change's task.
    store.update({
      state: page ? { status: 'reading' } : { status: 'not-record' },
      notice: null,
      notRead: [],
      testPage: { status: 'idle' },
      erased: null,
    });
    if (!page) return;
    watch = watchRecord({
      ...left,
      page,
      readInSlices: reader.readInSlices,
      url,
      signal,
      awaitChange: left !== undefined,
      lastRead: lastRead?.leftKey === shownKey ? lastRead : undefined,
      isCurrent: () => isStillOn(reader, page),
      onReading: (result) => void report(result, signal),
      onStale: () => notify(DRAWN_ON_AN_EARLIER_DAY),
      drawnAt,
    });
  }

  async function report(result: ReadResult, signal: AbortSignal): Promise<void> {
    const response = await ask('readingSaved', result, answers);
    // Drawing the answer in a task of its own, apart from receiving (deserializing) it.
    await yieldToPage();
    if (signal.aborted) return;
    if (response.ok && response.recordKey !== shownKey) return;
    // One update: the shell redraws everything on each, so a separate one for notRead drew the skeleton again.
    const state = stateOf(response, store.get().state);
    const notRead = result.status === 'read' ? result.notRead : stillLoading(result, state);
    store.update(notRead ? { state, notice: null, notRead } : { state, notice: null });
  }

  async function log(touch: LogRequest): Promise<void> {
    const on = shownKey;
    if (!on) return;
    // The background may still store a touch it did not answer for in time: its late answer is
    // taken as any, and a click of the same touch soon after retries that click (unconfirmed-logs.ts).
    const sent = unconfirmed.send(on, touch, new Date());
    const response = await ask('logTouch', sent, {
      ...answers,
      lateAnswer: (late) => logged(on, sent, late),
      lateFailure: () => lost(on, sent),
    });
    if (!response.ok && response.error.kind === 'unanswered') {
      unconfirmed.unanswered(sent, new Date());
      return notify(unconfirmedNotice(response.error.message, touch.channel));
    }
    // The message reached the background, which may have stored the touch before the channel broke.
    if (!response.ok && response.error.kind === 'broken') return lost(on, sent);
    logged(on, sent, response);
  }

  /** The message of a log the panel could not confirm broke: no answer will come to settle it. */
  function lost(on: string, touch: SentLog): void {
    // Another send of the same click may still answer; else the notice's retry is no longer one.
    if (unconfirmed.failed(touch) && on === shownKey) notify(UNCONFIRMED_LOST);
  }

  function logged(on: string, touch: SentLog, response: TouchResponse | AskFailure): void {
    unconfirmed.answered(touch);
    if (!response.ok) {
      notify(`Not logged: ${response.error.message}`);
      return;
    }
    loggedOn.set(response.touch.key, on);
    // The rep opened another record before the answer came: its panel offers nothing for this touch.
    if (on !== shownKey) return;
    showView(response.view);
    offerUndo(loggedOffer(response.touch.key, touch));
  }

  /** Whether the details of touch `key` were saved: the form keeps what was typed when they were not. */
  function editLogged(key: string, changes: LogDetails): Promise<boolean> {
    saving ??= saveDetails(key, changes).finally(() => {
      saving = undefined;
    });
    return saving;
  }

  async function saveDetails(key: string, changes: LogDetails): Promise<boolean> {
    if (loggedOn.get(key) !== shownKey) {
      notify(NOTHING_TO_EDIT);
      return false;
    }
    const response = await ask('updateLoggedTouch', { key, changes }, answers);
    if (!response.ok) {
      notify(`Details not saved: ${response.error.message}`);
      return false;
    }
    const offer = store.get().undo;
    // "Add details" again opens on what was just saved, and the offer names the touch's channel now.
    if (offer?.key === key) store.update({ undo: offerAfterSave(offer, changes) });
    showView(response.view);
    return true;
  }

  async function undo(): Promise<void> {
    const offer = store.get().undo;
    if (!offer) return;
    const on = shownKey;
    clearUndo();
    const gone = await undoLogged(offer.key);
    // Still counted: the offer comes back, to try again, unless the panel moved on meanwhile.
    if (!gone && on && on === shownKey && !store.get().undo) offerUndo(offer);
  }

  function offerUndo(offer: LoggedOffer): void {
    clearUndo();
    store.update({ undo: offer });
    if (!undoHeld) undoTimer = setTimeout(clearUndo, UNDO_MS);
  }

  function clearUndo(): void {
    clearTimeout(undoTimer);
    if (store.get().undo) store.update({ undo: null });
  }

  /** The rep moved onto the undo offer (focus or pointer) or off it: it waits, then counts afresh. */
  function holdUndo(held: boolean): void {
    undoHeld = held;
    clearTimeout(undoTimer);
    if (!held && store.get().undo) undoTimer = setTimeout(clearUndo, UNDO_MS);
  }

  const takeBack = (words: RemovalWords, wholeTouch: boolean) =>
    removeLoggedTouches({
      answers,
      shown: () => shownKey,
      showView,
      notify,
      forget: (key) => {
        loggedOn.delete(key);
        if (store.get().undo?.key === key) clearUndo();
      },
      words,
      wholeTouch,
    });
  const undoLogged = takeBack(UNDONE, false);
  /** "Remove" on a logged touch of the Recent list, however long ago it was logged. */
  const removeLogged = takeBack(REMOVED, true);

  /**
   * After an erase: stop reading and watching the page, so nothing of the record is stored again.
   * Returns whether the panel still shows that record (the rep may open another while the erase runs).
   */
  function pause(): () => boolean {
    const paused = shownKey;
    route?.abort();
    clearUndo();
    return () => shownKey === paused;
  }

  function readAgain(): void {
    // A page drawn on an earlier day is not read again (watch-record.ts `onStale`): the numbers stay.
    if (drawnOnEarlierDay(drawnAt)) {
      notify(DRAWN_ON_AN_EARLIER_DAY);
      return;
    }
    const url = new URL(location.href);
    follow(url, reader.pageAt(url), undefined);
  }

  return { onRoute, onLoad, log, undo, editLogged, removeLogged, holdUndo, pause, readAgain };
}

/**
 * Figures shown while the page never finished loading are Touchline's earlier ones: the panel
 * says the timeline was not read (what the page shows now may be newer), as for any unread timeline.
 */
function stillLoading(result: ReadResult, state: PanelState): NotRead[] | undefined {
  if (result.status !== 'loading' || state.status !== 'ready') return undefined;
  return [{ field: 'activities', reason: `still loading after ${LOADING_WAIT_S} seconds: ${result.reason}` }];
}

/** The page still shows the record being watched (not the next one the CRM is moving to). */
function isStillOn(reader: PageReader, page: RecordPage): boolean {
  const current = reader.pageAt(new URL(location.href));
  return current !== null && recordKey(current.ref) === recordKey(page.ref);
}

function stateOf(
  response: ReadingResponse | { ok: false; error: { message: string } },
  previous: PanelState,
): PanelState {
  if (!response.ok) return { status: 'error', message: response.error.message };
  if (response.status === 'read') return { status: 'ready', view: response.view };
  if (response.status === 'unreadable')
    return { status: 'unreadable', reason: response.reason, notRead: response.notRead };
  // Still loading after the wait: what Touchline already has beats a spinner forever.
  if (response.view) return { status: 'ready', view: response.view };
  return previous.status === 'ready' ? previous : { status: 'unreadable', reason: STILL_LOADING, notRead: [] };
}
