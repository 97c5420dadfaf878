import { useEffect, useState } from 'preact/hooks';
import type { TouchlineDb } from '../../lib/db/schema';
import type { Settings } from '../../lib/schema/settings';
import type { TeamFilters } from '../../lib/team/filters';
import { loadTeamView } from '../../lib/team/load-team-view';
import type { TeamView } from '../../lib/team/team-view';

export type TeamViewState =
  | { status: 'loading'; step: string; previous?: TeamView }
  /** `updated`: computed while an earlier view was shown (new filters, a refresh), not the page's first. */
  | { status: 'ready'; view: TeamView; updated: boolean }
  | { status: 'error'; message: string };

/**
 * The team view for the current filters, recomputed when they change or `reload` moves on; a
 * computation overtaken by newer filters is dropped. While loading, the last view stays available
 * so the page does not blank out at each filter change. A view is ready once every figure and the
 * first screen of deal rows are in; with more deals, a second ready view follows with all their rows.
 */
export function useTeamView(
  source: { db: TouchlineDb; settings: Settings } | undefined,
  filters: TeamFilters | undefined,
  now: () => Date,
  reload: number,
): TeamViewState {
  const [state, setState] = useState<TeamViewState>({ status: 'loading', step: 'Opening the cache' });
  useEffect(() => {
    if (!source || !filters) return;
    let current = true;
    setState((before) => ({
      status: 'loading',
      step: 'Starting',
      ...(before.status === 'ready' ? { previous: before.view } : {}),
    }));
    loadTeamView({
      db: source.db,
      settings: source.settings,
      filters,
      now: now(),
      // Every figure and the first screen of deal rows: shown while the other deals' rows are computed.
      onFirstScreen: (view) => {
        if (current) setState((before) => ready(before, view));
      },
      progress: (step) => {
        if (current) setState((before) => (before.status === 'loading' ? { ...before, step } : before));
      },
    }).then(
      (view) => {
        if (current) setState((before) => ready(before, view));
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [source, filters, now, reload]);
  return state;
}

/** The view once in; its deal rows' second ready view is the same update as the first screen's. */
function ready(before: TeamViewState, view: TeamView): TeamViewState {
  const updated =
    before.status === 'loading' ? before.previous !== undefined : before.status === 'ready' && before.updated;
  return { status: 'ready', view, updated };
}
