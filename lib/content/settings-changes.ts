import { browser } from 'wxt/browser';
import { DEFAULT_VALUES } from '../settings/default-values';
import { SETTINGS_KEY } from '../settings/key';
import { showErasedElsewhere } from './erased-elsewhere';
import { keepOlderNotKept } from './keep-older-not-kept';
import { ask } from './messages';
import type { PanelStore } from './panel-store';

/**
 * The settings a page reading's answer depends on beyond the view (lib/background/older-not-kept.ts),
 * with the values in force where a stored copy holds none: before the first save, or for a field
 * missing or damaged. Retention says which of the page's activities are too old to keep; a contact
 * with no kept touch is gone cold from the page's older touches only when retention keeps more days than
 * the follow-up limit, and whether any kept touch counts follows the automated-touch and
 * completed-task settings. Only a reading says it afresh: a view asked for again carries the
 * earlier reading's word (keepOlderNotKept).
 */
const READING_SETTINGS_UNSAVED = {
  retentionDays: DEFAULT_VALUES.retentionDays,
  followUpDays: DEFAULT_VALUES.followUpDays,
  countAutomated: DEFAULT_VALUES.countAutomated,
  countCompletedTasks: DEFAULT_VALUES.countCompletedTasks,
};

/**
 * Keeps the shown numbers in step with the settings: when any tab, the options page or the
 * panel's period switch saves them, the background computes the shown record's view again (it
 * reads the settings fresh for every message). A change to a setting the page reading's answer
 * depends on (READING_SETTINGS_UNSAVED) reads the page again instead (`readAgain`): retention
 * raised, what the shorter one left unstored is on the page and now kept; lowered, the answer says
 * afresh what the page shows that is too old to keep; and whether a contact is gone cold from the
 * page's older touches is worked out again. Never after an erase (the page is read again only when
 * the user asks, decisions.md). Listens to the storage area directly: the content script does not
 * load the storage library. Returns a function that stops.
 */
export function followSettings(store: PanelStore, readAgain: () => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const { state, erased } = store.get();
    if (readingSettingsChanged(change.oldValue, change.newValue) && state.status === 'ready' && !erased) readAgain();
    else void refreshView(store);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * Whether a save changed a setting the reading's answer depends on. A copy holding none of one (the
 * first save, a damaged value) stands for its default, which was in force.
 */
function readingSettingsChanged(before: unknown, after: unknown): boolean {
  const fields = Object.keys(READING_SETTINGS_UNSAVED) as (keyof typeof READING_SETTINGS_UNSAVED)[];
  return fields.some((field) => inForce(before, field) !== inForce(after, field));
}

function inForce(stored: unknown, field: keyof typeof READING_SETTINGS_UNSAVED): unknown {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>)[field] : undefined;
  const unsaved = READING_SETTINGS_UNSAVED[field];
  return typeof value === typeof unsaved ? value : unsaved;
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
