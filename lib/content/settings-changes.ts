import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../settings/key';
import { keepOlderNotKept } from './keep-older-not-kept';
import { ask } from './messages';
import type { PanelStore } from './panel-store';

/**
 * Keeps the shown numbers in step with the settings: when any tab, the options page or the
 * panel's period switch saves them, the background computes the shown record's view again (it
 * reads the settings fresh for every message). Listens to the storage area directly: the
 * content script does not load the storage library. Returns a function that stops.
 */
export function followSettings(store: PanelStore): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void refreshView(store);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
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
