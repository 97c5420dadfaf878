import { useEffect, useState } from 'preact/hooks';
import { Panel } from '../../components/Panel';
import type { LogDetails, LogRequest } from '../../components/panel-state';
import type { TrendChartModule } from '../../components/trend-chart-api';
import type { Layout } from './layout-choice';
import type { PanelModel, PanelStore } from './panel-store';
import { settingsActions } from './settings-actions';

export interface PanelActions {
  toggleCollapsed(): void;
  /** Overlay the page or make room beside it (the menu), remembered per CRM. */
  chooseLayout?(layout: Layout): void;
  log(touch: LogRequest): void;
  undo(): void;
  editLogged(details: LogDetails): void;
  loadTrendChart(): Promise<TrendChartModule>;
  saveTestPage(): void;
  /** Erase the shown record (menu), and read the page again afterwards when the user asks. */
  eraseRecord?(): void;
  readAgain?(): void;
}

/**
 * Renders the store's model; `data-state` and `data-record` let tests and users see what is shown,
 * `data-parts="all"` that the whole panel has replaced the first-numbers shell (panel-shell.ts).
 */
export function PanelRoot({ store, actions }: { store: PanelStore; actions: PanelActions }) {
  const [model, setModel] = useState<PanelModel>(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setModel);
    return () => {
      unsubscribe();
    };
  }, [store]);
  const { state } = model;
  return (
    <div
      class="touchline-root"
      data-state={state.status}
      data-record={state.status === 'ready' ? state.view.recordKey : undefined}
      data-parts="all"
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
  );
}
