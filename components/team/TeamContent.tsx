import type { TeamView } from '../../lib/team/team-view';
import { ChartsSection } from './charts/ChartsSection';
import { DealsSection } from './DealsSection';
import { FollowUpsSection } from './FollowUpsSection';
import { RepsSection } from './RepsSection';
import { TeamEmpty } from './TeamEmpty';
import type { TeamViewState } from './use-team-view';
import { WhyItMoved } from './WhyItMoved';

/** Loading, error, empty or the sections; while new filters load, the last figures stay, dimmed. */
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
        {state.status === 'loading' ? `${state.step}…` : ''}
      </p>
      {view && <Sections view={view} stale={state.status === 'loading'} />}
    </>
  );
}

function Sections({ view, stale }: { view: TeamView; stale: boolean }) {
  if (isEmpty(view)) return <TeamEmpty />;
  return (
    <div class={stale ? 'tl-team-sections tl-stale' : 'tl-team-sections'} data-team-view="ready">
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
