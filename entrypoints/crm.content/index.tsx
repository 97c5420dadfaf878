import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { storage } from 'wxt/utils/storage';
import { loadTrendChart } from '../../components/load-trend-chart';
import { CRM_HOST_PATTERNS } from '../../lib/crm-hosts';
import { onMessage } from '../../lib/messaging/messenger';
import { mountPanel } from './mount-panel';
import { createPanelStore } from './panel-store';
import { createRecordSession } from './record-session';

export default defineContentScript({
  matches: CRM_HOST_PATTERNS,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Remembered per CRM host: a rep who folds the panel on HubSpot keeps it folded there.
    const collapsedItem = storage.defineItem<boolean>(`local:collapsed:${location.hostname}`, { fallback: false });
    const store = createPanelStore({
      state: { status: 'not-record' },
      collapsed: await collapsedItem.getValue(),
      undo: null,
    });
    const session = createRecordSession(store, ctx.signal);
    const toggleCollapsed = () => {
      const collapsed = !store.get().collapsed;
      store.update({ collapsed });
      void collapsedItem.setValue(collapsed);
    };
    const panel = await mountPanel(ctx, store, {
      toggleCollapsed,
      log: (touch) => void session.log(touch),
      undo: () => void session.undo(),
      loadTrendChart: () => loadTrendChart(browser.runtime.getURL('/trend-chart.js')),
    });
    const removeToggle = onMessage('togglePanel', toggleCollapsed);
    ctx.onInvalidated(removeToggle);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      panel.ensureMounted();
      session.onRoute();
    });
    session.onRoute();
  },
});
