import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadTrendChart } from '../../components/load-trend-chart';
import { PanelRoot } from '../../lib/content/PanelRoot';

/**
 * The whole panel (Preact, every card, the menu, the details form), fetched once the first
 * numbers show: it replaces the content script's small shell in the same container. The only
 * copy of Preact on the page lives here (decisions.md: never two copies with hooks across them).
 */
export default defineUnlistedScript(() => {
  globalThis.touchlineFullPanel = {
    mount(container, store, actions) {
      const withChart = { ...actions, loadTrendChart: () => loadTrendChart(browser.runtime.getURL('/trend-chart.js')) };
      container.replaceChildren();
      render(<PanelRoot store={store} actions={withChart} />, container);
      return () => render(null, container);
    },
  };
});
