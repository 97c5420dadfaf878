import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/schema/settings';
import { fellBackAt } from '../../lib/settings/settings-read';
import { loadSettings, loadSettingsRead, saveSettings, watchSettings } from '../../lib/settings/storage';
import { notSaved } from './not-saved';
import {
  afterOutsideSave,
  afterSave,
  changedAt,
  type RefusedChanges,
  reasonsElsewhere,
  shownErrors,
} from './refused-changes';
import { checkChange, type FieldErrors } from './settings-form';

export interface SettingsFormState {
  settings: Settings;
  errors: FieldErrors;
  /**
   * For a field whose typed value a rule across fields refused, the fields whose notes hold the
   * reason (`watchFactor` → `stalledFactor`), so that the box typed into is marked wrong too.
   */
  reasonsAt: Record<string, string[]>;
  /** The field saved last, which says "Saved". */
  saved: string | null;
  /**
   * Whether the field `key` shows a default because its stored value could not be read when the
   * page opened (said beside it, not only in the console), until it is saved here or elsewhere.
   */
  fellBack(key: string): boolean;
  /**
   * Checks a change made in the field `key`; saves it when the whole passes the schema, else
   * files the errors by field and saves nothing. A write the browser refuses puts the stored
   * settings back on screen, with the reason beside the field. Resolves whether it was saved.
   */
  apply(key: string, change: Partial<Settings>): Promise<boolean>;
}

/** The options page's settings: being read, unreadable (with the browser's reason), or the form. */
export type SettingsLoad =
  | { state: 'loading' }
  | { state: 'unread'; reason: string }
  | { state: 'ready'; form: SettingsFormState };

/** The stored settings for the options page, following saves from other tabs and panels. */
export function useSettingsLoad(): SettingsLoad {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [refused, setRefused] = useState<RefusedChanges>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [notRead, setNotRead] = useState<string[]>([]);
  // What the next change builds on: the settings of the last change made here, even while it is written.
  const current = useRef<Settings | null>(null);
  // This page's saves not yet seen coming back from storage, oldest first.
  const written = useRef<string[]>([]);
  const show = useCallback((next: Settings) => {
    current.current = next;
    setSettings(next);
  }, []);

  useEffect(() => {
    let live = true;
    loadSettingsRead().then(
      (loaded) => {
        if (!live) return;
        setNotRead(loaded.fellBack);
        show(loaded.settings);
      },
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    const stop = watchSettings((next, previous) => {
      // One of this page's own saves coming back (and every one before it): shown already, and
      // showing an earlier one again would undo a change made since (two quick removals keep one).
      const own = written.current.indexOf(JSON.stringify(next));
      if (own !== -1) {
        written.current.splice(0, own + 1);
        return;
      }
      setRefused((before) => afterOutsideSave(before, previous, next));
      setNotRead((before) => before.filter((path) => !changedAt(previous, next, path)));
      show(next);
    });
    return () => {
      live = false;
      stop();
    };
  }, [show]);

  const apply = useCallback(
    async (key: string, change: Partial<Settings>) => {
      const before = current.current;
      if (!before) return false;
      const checked = checkChange(before, change);
      if (!checked.ok) {
        setRefused((previous) => ({ ...previous, [key]: checked.errors }));
        setSaved(null);
        return false;
      }
      const record = JSON.stringify(checked.settings);
      // Storage reports no change for a value it holds already: such a save never comes back.
      if (record !== JSON.stringify(before)) written.current.push(record);
      show(checked.settings);
      try {
        await saveSettings(checked.settings);
      } catch (error) {
        // Nothing was written: what is stored is what is in force, and the screen must say so.
        written.current = written.current.filter((value) => value !== record);
        show(await loadSettings().catch(() => before));
        setRefused((previous) => ({ ...previous, [key]: { [key]: notSaved(error) } }));
        setSaved(null);
        return false;
      }
      // Only this field is fixed: a value refused in another field is still not saved.
      setRefused((previous) => afterSave(previous, key));
      setNotRead((previous) => previous.filter((path) => !fellBackAt([path], key)));
      setSaved(key);
      return true;
    },
    [show],
  );

  const errors = useMemo(() => shownErrors(refused), [refused]);
  const reasonsAt = useMemo(() => reasonsElsewhere(refused), [refused]);
  const fellBack = useCallback((key: string) => fellBackAt(notRead, key), [notRead]);
  if (settings) return { state: 'ready', form: { settings, errors, reasonsAt, saved, fellBack, apply } };
  return failure === null ? { state: 'loading' } : { state: 'unread', reason: failure };
}
