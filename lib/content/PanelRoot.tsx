import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Panel } from '../../components/Panel';
import { type StagedParts, StagedPartsContext } from '../../components/panel/staged-sections';
import type { LogRequest, PanelProps } from '../../components/panel-state';
import type { TrendChartModule } from '../../components/trend-chart-api';
import { yieldToPage } from '../yield-to-page';
import type { Layout } from './layout-choice';
import type { PanelModel, PanelStore } from './panel-store';
import { settingsActions } from './settings-actions';

export interface PanelActions {
  toggleCollapsed(): void;
  /** Overlay the page or make room beside it (the menu), remembered per CRM. */
  chooseLayout?(layout: Layout): void;
  /** Settles once the log is answered, refused or unconfirmed (the buttons show it is under way). */
  log(touch: LogRequest): Promise<void>;
  undo(): void;
  /** Resolves to false when the details were not saved, so the form keeps what was typed. */
  editLogged: PanelProps['onEditLogged'];
  /** Focus or the pointer came onto the undo offer (true) or left it (false): it waits meanwhile. */
  holdUndo?(held: boolean): void;
  /** Removes a touch logged in Touchline (the Recent list); resolves to whether it is gone. */
  removeLogged?: PanelProps['onRemoveLogged'];
  loadTrendChart(): Promise<TrendChartModule>;
  saveTestPage(): void;
  /** Erase the shown record (menu), and read the page again afterwards when the user asks. */
  eraseRecord?(): void;
  /** Reads the page again: after an erase, and "Try again" on an error. */
  readAgain?(): void;
}

/**
 * Renders the store's model; `data-state` and `data-record` let tests and users see what is shown,
 * `data-parts="all"` that the whole panel has replaced the first-numbers shell (panel-shell.ts)
 * and every section of the shown view is drawn (a new view is drawn a section per task,
 * components/panel/staged-sections.tsx; until then `first`).
 */
export function PanelRoot({ store, actions }: { store: PanelStore; actions: PanelActions }) {
  const [model, setModel] = useState<PanelModel>(store.get());
  const root = useRef<HTMLDivElement>(null);
  const parts = useMemo(() => stagedParts(() => root.current), []);
  // After the sections' own effects, on every render: a message or the folded tab has no sections to wait for.
  useLayoutEffect(() => parts.show());
  useEffect(() => {
    let live = true;
    const unsubscribe = store.subscribe(drawnInATaskOfItsOwn((next) => live && setModel(next)));
    // Effects run after a paint: an update between the first render and here would otherwise be lost.
    setModel(store.get());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
  const { state } = model;
  return (
    <StagedPartsContext.Provider value={parts}>
      <div
        ref={root}
        class="touchline-root"
        data-state={state.status}
        data-record={state.status === 'ready' ? state.view.recordKey : undefined}
      >
        <Panel
          state={state}
          collapsed={model.collapsed}
          undo={model.undo}
          notice={model.notice}
          onToggleCollapsed={actions.toggleCollapsed}
          onLog={actions.log}
          onUndo={actions.undo}
          onEditLogged={actions.editLogged}
          onHoldUndo={actions.holdUndo}
          onRemoveLogged={actions.removeLogged}
          onRetry={actions.readAgain}
          loadTrendChart={actions.loadTrendChart}
          pageUrl={location.href}
          capture={{
            testPage: model.testPage ?? { status: 'idle' },
            notRead: model.notRead ?? [],
            onSaveTestPage: actions.saveTestPage,
          }}
          settings={settingsActions}
          layout={actions.chooseLayout && { current: model.layout ?? 'overlay', onChoose: actions.chooseLayout }}
          erase={
            actions.eraseRecord && actions.readAgain
              ? { erased: model.erased?.message ?? null, onErase: actions.eraseRecord, onReadAgain: actions.readAgain }
              : undefined
          }
        />
      </div>
    </StagedPartsContext.Provider>
  );
}

/** Set on the root directly: a view's later sections are drawn without rendering the whole panel again. */
function stagedParts(root: () => HTMLElement | null): StagedParts {
  const parts: StagedParts = {
    pending: 0,
    show: () => root()?.setAttribute('data-parts', parts.pending > 0 ? 'first' : 'all'),
  };
  return parts;
}

/**
 * Updates are drawn a task after the one that made them, the latest of them once: a route change's
 * update comes inside the CRM's own navigation task (record-session.ts), and re-rendering the
 * panel there made that task the longest Touchline added on a slow page (issue 11).
 */
function drawnInATaskOfItsOwn(draw: (model: PanelModel) => void): (model: PanelModel) => void {
  let latest: PanelModel | undefined;
  return (model) => {
    const waiting = latest !== undefined;
    latest = model;
    if (waiting) return;
    void yieldToPage().then(() => {
      const next = latest as PanelModel;
      latest = undefined;
      draw(next);
    });
  };
}
