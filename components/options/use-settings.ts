import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/schema/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/storage';
import { checkChange, type FieldErrors } from './settings-form';

export interface SettingsFormState {
  settings: Settings;
  errors: FieldErrors;
  /** The field saved last, which says "Saved". */
  saved: string | null;
  /**
   * Checks a change made in the field `key`; saves it when the whole passes the schema, else
   * files the errors by field and saves nothing. Resolves whether it was saved.
   */
  apply(key: string, change: Partial<Settings>): Promise<boolean>;
}

/** The stored settings for the options page, following saves from other tabs and panels. */
export function useSettings(): SettingsFormState | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const current = useRef<Settings | null>(null);
  current.current = settings;

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const apply = useCallback(async (key: string, change: Partial<Settings>) => {
    if (!current.current) return false;
    const checked = checkChange(current.current, change);
    if (!checked.ok) {
      setErrors((before) => ({ ...withoutKey(before, key), ...checked.errors }));
      setSaved(null);
      return false;
    }
    // The next change builds on this one even while it is being written.
    current.current = checked.settings;
    setSettings(checked.settings);
    await saveSettings(checked.settings);
    // The whole is valid now: no field has a problem left.
    setErrors({});
    setSaved(key);
    return true;
  }, []);

  return settings ? { settings, errors, saved, apply } : null;
}

function withoutKey(errors: FieldErrors, key: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => path !== key && !path.startsWith(`${key}.`)));
}
