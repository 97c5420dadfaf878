import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../settings/key';
import { showErasedElsewhere } from './erased-elsewhere';
import { keepOlderNotKept } from './keep-older-not-kept';
import { ask } from './messages';
import type { PanelStore } from './panel-store';

/**
 * Keeps the shown numbers in step with the settings: when any tab, the options page or the
 * panel's period switch saves them, the background computes the shown record's view again (it
 * reads the settings fresh for every message). A changed retention reads the page again instead
 * (`readAgain`): raised, what the shorter one left unstored is on the page and now kept; lowered,
 * the answer says afresh what the page shows that is too old to keep. Never after an erase (the
 * page is read again only when the user asks, decisions.md). Listens
 * to the storage area directly: the content script does not load the storage library. Returns a
 * function that stops.
 */
export function followSettings(store: PanelStore, readAgain: () => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const { state, erased } = store.get();
    if (retentionChanged(change.oldValue, change.newValue) && state.status === 'ready' && !erased) readAgain();
    else void refreshView(store);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Whether a save changed retention; not when either copy holds none (the first save, a damaged value). */
function retentionChanged(before: unknown, after: unknown): boolean {
  const days = (stored: unknown) => (stored as { retentionDays?: unknown } | undefined)?.retentionDays;
  const [from, to] = [days(before), days(after)];
  return typeof from === 'number' && typeof to === 'number' && to !== from;
}

/**
 * The shown record's view computed again by the background, unless the user moved on meanwhile.
 * A record the background no longer stores was erased elsewhere (erased-elsewhere.ts).
 */
export async function refreshView(store: PanelStore): Promise<void> {
  const shown = store.get().state;
  if (shown.status !== 'ready') return;
  const { recordKey } = shown.view;
  const answer = await ask('getView', { recordKey });
  const now = store.get().state;
  // The user may have moved to another record while the view was computed: keep theirs.
  if (now.status !== 'ready' || now.view.recordKey !== recordKey) return;
  if (answer.ok) store.update({ state: { status: 'ready', view: keepOlderNotKept(now, answer.view) } });
  else if (answer.error.kind === 'not-found') showErasedElsewhere(store, now.view);
}
