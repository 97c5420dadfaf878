import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadTrendChart } from '../../components/load-trend-chart';
import type { ShellActions } from '../../lib/content/chunk-apis';
import { eraseShownRecord } from '../../lib/content/erase-record';
import { type PanelActions, PanelRoot } from '../../lib/content/PanelRoot';
import { showShell } from '../../lib/content/panel-shell';
import type { PanelStore } from '../../lib/content/panel-store';
import { yieldToPage } from '../../lib/yield-to-page';
import { whenWhole } from './when-whole';

/**
 * Renders the whole panel where the shell was, with the actions only it uses added to the
 * content script's (the chart loader, "Erase this record"); returns a function that unmounts it.
 * The content script has just emptied the container, so the shell's first numbers are drawn again
 * in the same task (nothing is painted between) and stay in view while the whole panel is drawn
 * off the page: its frame and the view's title a task later, then a section per task
 * (components/panel/staged-sections.tsx); once it is whole it takes their place in one task.
 * Drawn in place, its first task had to hold every number the shell shows: 115–165 ms at 4×
 * CPU throttle (issue 11).
 */
export function mountFullPanel(container: HTMLElement, store: PanelStore, shell: ShellActions): () => void {
  const { pauseReading, ...actions } = shell;
  const all: PanelActions = {
    ...actions,
    loadTrendChart: () => loadTrendChart(browser.runtime.getURL('/trend-chart.js')),
    eraseRecord: () => void eraseShownRecord(store, { pause: pauseReading, readAgain: actions.readAgain }),
  };
  const interim = showShell(container, store, actions.toggleCollapsed);
  // No box of its own: the panel's root sizes against the shadow root's body as before.
  const offPage = document.createElement('div');
  offPage.style.display = 'contents';
  let live = true;
  let stopWaiting = () => {};
  void yieldToPage().then(() => {
    if (!live) return;
    render(<PanelRoot store={store} actions={all} />, offPage);
    stopWaiting = whenWhole(offPage, () => {
      interim.stop();
      container.replaceChildren(offPage);
    });
  });
  return () => {
    live = false;
    stopWaiting();
    interim.stop();
    render(null, offPage);
    offPage.remove();
  };
}
