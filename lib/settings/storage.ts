import { storage } from 'wxt/utils/storage';
import { defaultSettings, type Settings, settingsSchema } from '../schema/settings';
import { withLatestPruneMark, withPruneRun } from './kept-from';
import { SETTINGS_KEY } from './key';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { type SettingsRead, settingsReadFrom } from './settings-read';

// `storage.local`, so every tab, page and the background share one copy.
const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The stored settings made whole, each bad value or entry on its default (settingsReadFrom). */
export function settingsFrom(stored: unknown): Settings {
  return settingsReadFrom(stored, defaultSettings(browserZone())).settings;
}

/**
 * The user's settings, upgraded from older versions and validated on the way out of storage, with
 * where a stored value could not be read (for the options page to say so beside the field).
 */
export async function loadSettingsRead(): Promise<SettingsRead> {
  return settingsReadFrom(await settingsItem.getValue(), defaultSettings(browserZone()));
}

/** The user's settings, upgraded from older versions and validated on the way out of storage. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsRead()).settings;
}

export class InvalidSettingsError extends Error {}

/**
 * Stores settings that pass the schema; anything else is refused and nothing is written. The
 * pruning mark stored meanwhile is kept (withLatestPruneMark).
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) throw new InvalidSettingsError(parsed.error.issues.map((i) => i.message).join('; '));
  await settingsItem.setValue(withLatestPruneMark(await loadSettings(), parsed.data));
}

/**
 * Notes the cutoff a pruning run applies (`prunedBefore`, withPruneRun), for the background to
 * call as each run starts (a run stopped halfway has still deleted some): a retention raised
 * later knows from where activities are gone.
 */
export async function notePruneRun(cutoff: string): Promise<void> {
  await settingsItem.setValue(withPruneRun(await loadSettings(), cutoff));
}

/**
 * Drops the pruning mark, for erasing everything: it says from where pruning deleted activities of
 * a cache that is now gone, and kept (saveSettings keeps the later mark) it would outlive a
 * restored backup's own retention and mark.
 */
export async function forgetPruneMark(): Promise<void> {
  const { prunedBefore, ...rest } = await loadSettings();
  if (prunedBefore !== undefined) await settingsItem.setValue(rest);
}

/** Changes some settings, keeping the rest as stored. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await saveSettings(next);
  return next;
}

/** Calls `onChange` with the new settings whenever any page or tab saves them; returns a function that stops. */
export function watchSettings(onChange: (settings: Settings, previous: Settings) => void): () => void {
  return settingsItem.watch((value, old) => onChange(settingsFrom(value), settingsFrom(old)));
}
