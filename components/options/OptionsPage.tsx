import { DataSection } from './data/DataSection';
import { browserDataDeps } from './data/data-deps';
import { SettingsForm } from './SettingsForm';
import { SettingsUnread } from './SettingsUnread';
import { useSettingsLoad } from './use-settings';
import { useStoredOwners } from './use-stored-owners';

/** The options page: settings that apply in every tab at once, and the user's data. */
export function OptionsPage() {
  const load = useSettingsLoad();
  const owners = useStoredOwners(browserDataDeps.db);
  return (
    <main class="tl-opt">
      <header class="tl-opt-header">
        <h1>Touchline settings</h1>
        <p class="tl-opt-hint">Changes are saved as you make them and apply in every open tab at once.</p>
        <a href="/team.html" data-action="open-team">
          Open the team view
        </a>
      </header>
      {load.state === 'ready' && <SettingsForm form={load.form} owners={owners} />}
      {load.state === 'loading' && <p role="status">Loading your settings…</p>}
      {load.state === 'unread' && <SettingsUnread reason={load.reason} />}
      <DataSection />
    </main>
  );
}
