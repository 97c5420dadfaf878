import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { TouchlineDb } from '../../lib/db/schema';
import type { Settings } from '../../lib/schema/settings';
import { defaultFilters, type TeamFilters } from '../../lib/team/filters';
import { CsvImport } from './import/CsvImport';
import { TeamContent } from './TeamContent';
import { TeamFilterBar } from './TeamFilterBar';
import { useTeamView } from './use-team-view';

interface TeamPageProps {
  openDb: () => Promise<TouchlineDb>;
  loadSettings: () => Promise<Settings>;
  /** Calls back with the settings each time any tab saves them; returns the unsubscribe. */
  watchSettings: (onChange: (settings: Settings) => void) => () => void;
  now: () => Date;
}

/** The team page: filters, the CSV import, and the sections computed for the filters. */
export function TeamPage({ openDb, loadSettings, watchSettings, now }: TeamPageProps) {
  const [opened, setOpened] = useState<{ db: TouchlineDb; settings: Settings }>();
  /** The settings a tab saved since the page began watching: never older than those read on opening. */
  const [saved, setSaved] = useState<Settings>();
  const [failed, setFailed] = useState<string>();
  const [filters, setFilters] = useState<TeamFilters>();
  const [reload, setReload] = useState(0);

  useEffect(() => {
    Promise.all([openDb(), loadSettings()]).then(
      ([db, settings]) => setOpened({ db, settings }),
      (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
    );
  }, [openDb, loadSettings]);

  // Settings apply in every open tab at once (decisions.md): the figures are computed again with
  // the saved ones, under the filters the manager chose. A save while the cache is still opening
  // is kept for when it is open.
  useEffect(() => watchSettings((settings) => setSaved(settings)), [watchSettings]);
  const source = useMemo(() => opened && { db: opened.db, settings: saved ?? opened.settings }, [opened, saved]);
  // The first filters follow the settings in force when the cache opens; later saves keep the manager's.
  useEffect(() => {
    if (source) setFilters((chosen) => chosen ?? defaultFilters(source.settings));
  }, [source]);

  const state = useTeamView(source, filters, now, reload);
  const refresh = useCallback(() => setReload((n) => n + 1), []);
  const shown = state.status === 'ready' ? state.view : state.status === 'loading' ? state.previous : undefined;
  const choices = shown?.choices;
  // The same elements while only the progress line moves: Preact skips an identical element, so
  // each step of the computation redraws that line and not the filters and the import.
  const filterBar = useMemo(
    () => filters && <TeamFilterBar filters={filters} choices={choices} onChange={setFilters} onRefresh={refresh} />,
    [filters, choices, refresh],
  );
  const csvImport = useMemo(() => <CsvImport onImported={refresh} />, [refresh]);

  return (
    <main class="tl-team">
      <header class="tl-team-header">
        <h1>Team view</h1>
        <p class="tl-team-lede">
          Every rep, deal and contact Touchline has seen in this browser or imported from a CRM export.
        </p>
        {filterBar}
      </header>
      {csvImport}
      {failed ? (
        <p class="tl-team-error" role="alert">
          Touchline could not open its cache: {failed}
        </p>
      ) : (
        <TeamContent state={state} />
      )}
    </main>
  );
}
