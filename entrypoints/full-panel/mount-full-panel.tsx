import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadTrendChart } from '../../components/load-trend-chart';
import type { ShellActions } from '../../lib/content/chunk-apis';
import { eraseShownRecord } from '../../lib/content/erase-record';
import { type PanelActions, PanelRoot } from '../../lib/content/PanelRoot';
import type { PanelStore } from '../../lib/content/panel-store';

/**
 * Renders the whole panel where the shell was, with the actions only it uses added to the
 * content script's (the chart loader, "Erase this record"); returns a function that unmounts it.
 */
export function mountFullPanel(container: HTMLElement, store: PanelStore, shell: ShellActions): () => void {
  const { pauseReading, ...actions } = shell;
  const all: PanelActions = {
    ...actions,
    loadTrendChart: () => loadTrendChart(browser.runtime.getURL('/trend-chart.js')),
    eraseRecord: () => void eraseShownRecord(store, { pause: pauseReading, readAgain: actions.readAgain }),
  };
  container.replaceChildren();
  render(<PanelRoot store={store} actions={all} />, container);
  return () => render(null, container);
}
