import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/schema/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/storage';
import { afterOutsideSave, afterSave, type RefusedChanges, shownErrors } from './refused-changes';
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
  const [refused, setRefused] = useState<RefusedChanges>({});
  const [saved, setSaved] = useState<string | null>(null);
  const current = useRef<Settings | null>(null);
  current.current = settings;

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = watchSettings((next, previous) => {
      setRefused((before) => afterOutsideSave(before, previous, next));
      setSettings(next);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const apply = useCallback(async (key: string, change: Partial<Settings>) => {
    if (!current.current) return false;
    const checked = checkChange(current.current, change);
    if (!checked.ok) {
      setRefused((before) => ({ ...before, [key]: checked.errors }));
      setSaved(null);
      return false;
    }
    // The next change builds on this one even while it is being written.
    current.current = checked.settings;
    setSettings(checked.settings);
    await saveSettings(checked.settings);
    // Only this field is fixed: a value refused in another field is still not saved.
    setRefused((before) => afterSave(before, key));
    setSaved(key);
    return true;
  }, []);

  const errors = useMemo(() => shownErrors(refused), [refused]);
  return settings ? { settings, errors, saved, apply } : null;
}
