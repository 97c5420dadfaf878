import { browserTimeZone } from '../lib/db/time-precision';
import { ContactView } from './ContactView';
import { DealView } from './DealView';
import { ErasedNotice, type EraseOffer, eraseMenuItem } from './ErasedNotice';
import { useEscapeFold } from './escape-fold';
import { Header } from './Header';
import { LiveRegion } from './LiveRegion';
import { LoggedTouchBar } from './LoggedTouchBar';
import { type LayoutOffer, layoutMenuItems } from './layout-menu';
import type { PanelProps, PanelState } from './panel-state';
import { usePeriodSwitch } from './period-switch';
import { StateMessage } from './StateMessage';
import { type SettingsActions, settingsMenuItems } from './settings-actions';
import { type CaptureOffer, NotReadNotice, TEST_PAGE_STATUS } from './TestPageOffer';
import { useToggleFocus } from './toggle-focus';

export type { LogDetails, LogRequest, PanelProps, PanelState } from './panel-state';

/** `capture` offers "Save a test page" (menu, unreadable page, items not read) where the content script can. */
type Props = PanelProps & {
  capture?: CaptureOffer;
  settings?: SettingsActions;
  erase?: EraseOffer;
  layout?: LayoutOffer;
};

/**
 * The in-page panel: display only; the content script owns the state and the callbacks. Folded,
 * it is a tab, and a details form being filled in stays mounted (hidden) so nothing typed is lost.
 */
export function Panel(props: Props) {
  const { state, collapsed, onToggleCollapsed } = props;
  const escapeFold = useEscapeFold(onToggleCollapsed);
  const { panel, toggle } = useToggleFocus(collapsed, onToggleCollapsed);
  const view = state.status === 'ready' ? state.view : undefined;
  const period = usePeriodSwitch(props.settings, view?.period);
  if (state.status === 'not-record') return null;
  return (
    <aside
      ref={panel}
      class={collapsed ? 'tl-panel tl-panel--collapsed' : 'tl-panel'}
      aria-label="Touchline"
      data-status={collapsed ? undefined : state.status}
      // Where focus came from is noted folded too: a user may come from the page onto the tab.
      onFocusIn={escapeFold.onFocusIn}
      onKeyDown={collapsed ? undefined : escapeFold.onKeyDown}
    >
      {collapsed ? (
        <button
          type="button"
          class="tl-tab"
          data-action="collapse"
          aria-expanded="false"
          aria-label="Expand the Touchline panel"
          onClick={toggle}
        >
          <span aria-hidden="true">Touchline</span>
        </button>
      ) : (
        <Unfolded {...props} state={state} settings={period.settings} periodFailure={period.failure} onFold={toggle} />
      )}
      <LoggedTouchBar
        undo={props.undo}
        onUndo={props.onUndo}
        onEditLogged={props.onEditLogged}
        onHoldUndo={props.onHoldUndo}
        timeZone={view?.period.timeZone ?? browserTimeZone()}
        panel={panel}
        folded={collapsed}
      />
    </aside>
  );
}

type BodyProps = Props & { state: Exclude<PanelState, { status: 'not-record' }> };

/** Everything of the unfolded panel above the logged touch's offer and form. */
function Unfolded(props: BodyProps & { periodFailure: string | null; onFold(): void }) {
  const { state, capture, settings } = props;
  const view = state.status === 'ready' ? state.view : undefined;
  const menu = [
    ...(capture ? [{ action: 'save-test-page', label: 'Save a test page', onSelect: capture.onSaveTestPage }] : []),
    ...(settings ? settingsMenuItems(settings) : []),
    ...(props.layout ? layoutMenuItems(props.layout) : []),
    ...(props.erase && view && !props.erase.erased ? [eraseMenuItem(props.erase)] : []),
  ];
  // Saved from the menu on a page read in full: the outcome has no offer to sit beside.
  const menuOutcome =
    capture && capture.testPage.status !== 'idle' && state.status === 'ready' && capture.notRead.length === 0;
  return (
    <>
      <Header
        period={view?.period}
        motion={view?.motion}
        settings={settings}
        onCollapse={props.onFold}
        menuItems={menu}
      />
      <div class="tl-body">
        <PanelBody {...props} />
        {capture && state.status === 'ready' && <NotReadNotice {...capture} timeZone={state.view.period.timeZone} />}
      </div>
      {menuOutcome && (
        <p class="tl-notice" role={capture.testPage.status === 'failed' ? 'alert' : 'status'}>
          {[TEST_PAGE_STATUS[capture.testPage.status], capture.testPage.message].filter(Boolean).join(' ')}
        </p>
      )}
      {props.periodFailure && (
        <p class="tl-notice" role="alert">
          {props.periodFailure}
        </p>
      )}
      {props.notice && (
        <p class="tl-notice" role="alert">
          {props.notice}
        </p>
      )}
    </>
  );
}

function PanelBody(props: BodyProps) {
  const { erase } = props;
  // Where the panel can erase, the notice comes into a live region already there: focus goes back to the menu button.
  return (
    <>
      {erase && <LiveRegion>{erase.erased && <ErasedNotice erase={{ ...erase, erased: erase.erased }} />}</LiveRegion>}
      {!erase?.erased && <Shown {...props} />}
    </>
  );
}

/** The record's numbers, or why there are none (yet). */
function Shown({ state, onLog, onRemoveLogged, loadTrendChart, pageUrl, capture, onRetry }: BodyProps) {
  const notRead = capture?.notRead ?? [];
  if (state.status !== 'ready')
    return <StateMessage state={state} pageUrl={pageUrl} testPage={capture} onRetry={onRetry} />;
  const { view } = state;
  const parts = { notRead, onLog, onRemoveLogged, loadTrendChart };
  // Keyed by record so a new record starts with fresh local state (picker, open trend, chart).
  return view.kind === 'contact' ? (
    <ContactView key={view.recordKey} view={view} {...parts} />
  ) : (
    <DealView key={view.recordKey} view={view} {...parts} />
  );
}
