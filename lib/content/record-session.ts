import type { LogRequest, PanelState } from '../../components/panel-state';
import { recordPageOf } from '../adapters/record-page';
import type { Adapter } from '../adapters/types';
import { recordKey } from '../keys';
import type { ReadingResponse } from '../messaging/protocol';
import type { ReadResult } from '../schema/read-result';
import type { RecordView } from '../schema/view-model';
import { ask } from './messages';
import type { PanelStore } from './panel-store';
import { watchRecord } from './watch-record';

/** How long the undo offer stays after logging a touch. */
const UNDO_MS = 8000;

const CHANNEL_WORDS = { call: 'call', email: 'email', meeting: 'meeting', social: 'social touch', sms: 'SMS' };

/**
 * Follows the CRM's routes: on each, finds the record, reads and watches it, and keeps the panel
 * on that record only (a late answer for a previous record is dropped, never shown).
 */
export function createRecordSession(adapter: Adapter, store: PanelStore, lifetime: AbortSignal) {
  let route: AbortController | undefined;
  let shownKey: string | null = null;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (state: PanelState) => store.update({ state });
  const showView = (view: RecordView) => {
    if (view.recordKey === shownKey) show({ status: 'ready', view });
  };

  function onRoute(): void {
    route?.abort();
    route = new AbortController();
    const signal = AbortSignal.any([lifetime, route.signal]);
    clearUndo();
    const page = recordPageOf(new URL(location.href), [adapter]);
    shownKey = page ? recordKey(page.ref) : null;
    if (!page) {
      show({ status: 'not-record' });
      return;
    }
    show({ status: 'reading' });
    watchRecord({ page, signal, onReading: (result) => void report(result, signal) });
  }

  async function report(result: ReadResult, signal: AbortSignal): Promise<void> {
    const response = await ask('readingSaved', result);
    if (!signal.aborted) show(stateOf(response, store.get().state));
  }

  async function log(touch: LogRequest): Promise<void> {
    if (!shownKey) return;
    const response = await ask('logTouch', { recordKey: shownKey, ...touch });
    if (!response.ok) return show({ status: 'error', message: response.error.message });
    showView(response.view);
    clearUndo();
    store.update({ undo: { label: `Logged a ${CHANNEL_WORDS[touch.channel]}`, key: response.touch.key } });
    undoTimer = setTimeout(clearUndo, UNDO_MS);
  }

  async function undo(): Promise<void> {
    const offer = store.get().undo;
    if (!offer) return;
    clearUndo();
    const response = await ask('undoLoggedTouch', { key: offer.key });
    if (!response.ok) return show({ status: 'error', message: response.error.message });
    showView(response.view);
  }

  function clearUndo(): void {
    clearTimeout(undoTimer);
    if (store.get().undo) store.update({ undo: null });
  }

  return { onRoute, log, undo };
}

function stateOf(
  response: ReadingResponse | { ok: false; error: { message: string } },
  previous: PanelState,
): PanelState {
  if (!response.ok) return { status: 'error', message: response.error.message };
  if (response.status === 'read') return { status: 'ready', view: response.view };
  if (response.status === 'unreadable')
    return { status: 'unreadable', reason: response.reason, notRead: response.notRead };
  // Still loading after the wait: show what Touchline already has rather than a spinner forever.
  return response.view ? { status: 'ready', view: response.view } : previous;
}
