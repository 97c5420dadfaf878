import { storage } from 'wxt/utils/storage';
import { defaultSettings, type Settings, settingsSchema } from '../schema/settings';

const settingsItem = storage.defineItem<unknown>('local:settings');

/**
 * The user's settings, validated on the way out of storage: stored values that no longer parse
 * fall back to the defaults rather than breaking every panel.
 */
export async function loadSettings(): Promise<Settings> {
  const defaults = defaultSettings(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const stored = await settingsItem.getValue();
  if (stored === null) return defaults;
  const parsed = settingsSchema.safeParse({ ...defaults, ...(stored as object) });
  if (parsed.success) return parsed.data;
  console.warn('Touchline: stored settings are invalid; using the defaults', parsed.error.issues);
  return defaults;
}
