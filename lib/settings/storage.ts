import { storage } from 'wxt/utils/storage';
import { defaultSettings, type Settings, settingsSchema } from '../schema/settings';
import { withLatestPruneMark, withPruneRun } from './kept-from';
import { SETTINGS_KEY } from './key';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';

// `storage.local`, so every tab, page and the background share one copy.
const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The values the rule across fields (stalled above watch) links: when it fails, they fall back together. */
const LINKED_FACTORS = ['watchFactor', 'stalledFactor'] as const;

/**
 * The stored settings made whole: each field that is missing or no longer valid falls back to
 * its default (one bad value never resets the others, nor breaks every panel). The rule across
 * fields (stalled above watch) is then checked: when it fails, whether the stored pair broke it or
 * one factor's default did (a stalled factor over the limit falling back to 2× under a watch of
 * 3×), both factors fall back to their defaults and every other value is kept, so a damaged
 * factor never costs the retention, the zone or the names (docs/settings.md).
 */
export function settingsFrom(stored: unknown): Settings {
  const defaults = defaultSettings(browserZone());
  if (typeof stored !== 'object' || stored === null) return defaults;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const value = (stored as Record<string, unknown>)[key];
    if (value !== undefined && field.safeParse(value).success) merged[key] = value;
    else if (value !== undefined) console.warn(`Touchline: stored setting ${key} is invalid; using the default`);
  }
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  console.warn('Touchline: stored stalled factor is not above the watch factor; using the default factors');
  for (const key of LINKED_FACTORS) merged[key] = defaults[key];
  // Every field passed alone and the defaults keep the rule: only a rule across fields added
  // without its own fallback here can still fail, and then the defaults are the safe whole.
  const paired = settingsSchema.safeParse(merged);
  return paired.success ? paired.data : defaults;
}

/** The user's settings, upgraded from older versions and validated on the way out of storage. */
export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await settingsItem.getValue());
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
