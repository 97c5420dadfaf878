import { type SettingsFormState, useSettingsLoad } from '../../../components/options/use-settings';

/** The settings form once the settings are read, for a test page that shows nothing until then. */
export function useSettings(): SettingsFormState | null {
  const load = useSettingsLoad();
  return load.state === 'ready' ? load.form : null;
}
