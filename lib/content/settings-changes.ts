import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../settings/key';
import { keepOlderNotKept } from './keep-older-not-kept';
import { ask } from './messages';
import type { PanelStore } from './panel-store';

/**
 * Keeps the shown numbers in step with the settings: when any tab, the options page or the
 * panel's period switch saves them, the background computes the shown record's view again (it
 * reads the settings fresh for every message). A raised retention reads the page again instead
 * (`readAgain`), since what the shorter one left unstored is on the page and now kept. Listens
 * to the storage area directly: the content script does not load the storage library. Returns a
 * function that stops.
 */
export function followSettings(store: PanelStore, readAgain: () => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    if (retentionRaised(change.oldValue, change.newValue) && store.get().state.status === 'ready') readAgain();
    else void refreshView(store);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Whether a save raised retention; not when either copy holds none (the first save, a damaged value). */
function retentionRaised(before: unknown, after: unknown): boolean {
  const days = (stored: unknown) => (stored as { retentionDays?: unknown } | undefined)?.retentionDays;
  const [from, to] = [days(before), days(after)];
  return typeof from === 'number' && typeof to === 'number' && to > from;
}

async function refreshView(store: PanelStore): Promise<void> {
  const shown = store.get().state;
  if (shown.status !== 'ready') return;
  const answer = await ask('getView', { recordKey: shown.view.recordKey });
  const now = store.get().state;
  // The user may have moved to another record while the view was computed: keep theirs.
  if (!answer.ok || now.status !== 'ready' || now.view.recordKey !== answer.view.recordKey) return;
  store.update({ state: { status: 'ready', view: keepOlderNotKept(now, answer.view) } });
}
