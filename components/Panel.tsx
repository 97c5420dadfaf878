import { ContactView } from './ContactView';
import { DealView } from './DealView';
import { Header } from './Header';
import { LoggedTouchBar } from './LoggedTouchBar';
import type { PanelProps, PanelState } from './panel-state';
import { StateMessage } from './StateMessage';

export type { LogDetails, LogRequest, PanelProps, PanelState } from './panel-state';

/** The in-page panel: display only; the content script owns the state and the callbacks. */
export function Panel(props: PanelProps) {
  const { state, collapsed, onToggleCollapsed } = props;
  if (state.status === 'not-record') return null;
  if (collapsed) {
    return (
      <aside class="tl-panel tl-panel--collapsed" aria-label="Touchline">
        <button
          type="button"
          class="tl-tab"
          data-action="collapse"
          aria-expanded="false"
          aria-label="Expand the Touchline panel"
          onClick={onToggleCollapsed}
        >
          <span aria-hidden="true">Touchline</span>
        </button>
      </aside>
    );
  }
  const period = state.status === 'ready' ? state.view.period.label : undefined;
  return (
    <aside class="tl-panel" aria-label="Touchline" data-status={state.status}>
      <Header periodLabel={period} onCollapse={onToggleCollapsed} />
      <div class="tl-body">
        <PanelBody {...props} state={state} />
      </div>
      {props.notice && (
        <p class="tl-notice" role="alert">
          {props.notice}
        </p>
      )}
      <LoggedTouchBar undo={props.undo} onUndo={props.onUndo} onEditLogged={props.onEditLogged} />
    </aside>
  );
}

type BodyProps = PanelProps & { state: Exclude<PanelState, { status: 'not-record' }> };

function PanelBody({ state, onLog, loadTrendChart, pageUrl }: BodyProps) {
  if (state.status !== 'ready') return <StateMessage state={state} pageUrl={pageUrl} />;
  const { view } = state;
  // Keyed by record so a new record starts with fresh local state (picker, open trend, chart).
  return view.kind === 'contact' ? (
    <ContactView key={view.recordKey} view={view} onLog={onLog} loadTrendChart={loadTrendChart} />
  ) : (
    <DealView key={view.recordKey} view={view} onLog={onLog} loadTrendChart={loadTrendChart} />
  );
}
