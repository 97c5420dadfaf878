import type { TeamView } from '../../lib/team/team-view';
import { ChartsSection } from './charts/ChartsSection';
import { DealsSection } from './DealsSection';
import { FollowUpsSection } from './FollowUpsSection';
import { figuresSentence } from './figures-sentence';
import { RepsSection } from './RepsSection';
import { TeamEmpty } from './TeamEmpty';
import type { TeamViewState } from './use-team-view';
import { WhyItMoved } from './WhyItMoved';

/**
 * Loading, error, empty or the sections; while new filters load, the last figures stay, dimmed and
 * marked busy. The status line stays outside them: a reader may hold back a busy region's live news
 * until it is done, by when the line's progress would be over. Once in, the line says for which filters.
 */
export function TeamContent({ state }: { state: TeamViewState }) {
  if (state.status === 'error') {
    return (
      <p class="tl-team-error" role="alert">
        The team view could not be computed: {state.message}
      </p>
    );
  }
  const view = state.status === 'ready' ? state.view : state.previous;
  return (
    <>
      <p class="tl-team-progress" role="status" data-state={state.status}>
        {state.status === 'loading' ? `${state.step}…` : figuresSentence(state.view, state.updated)}
      </p>
      {view && <Sections view={view} stale={state.status === 'loading'} />}
    </>
  );
}

function Sections({ view, stale }: { view: TeamView; stale: boolean }) {
  if (isEmpty(view)) return <TeamEmpty />;
  return (
    <div
      class={stale ? 'tl-team-sections tl-stale' : 'tl-team-sections'}
      aria-busy={stale ? 'true' : undefined}
      data-team-view="ready"
    >
      <RepsSection view={view} />
      <WhyItMoved view={view} />
      <DealsSection view={view} />
      <FollowUpsSection view={view} />
      <ChartsSection view={view} />
    </div>
  );
}

function isEmpty(view: TeamView): boolean {
  return view.choices.accounts.length === 0 && view.choices.owners.length === 0;
}
