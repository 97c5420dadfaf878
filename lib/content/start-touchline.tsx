import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter } from '../adapters/types';
import { onBackgroundMessage } from '../messaging/content-messenger';
import { collapsedSetting } from './collapsed-setting';
import { followLayout } from './layout-apply';
import { layoutSetting } from './layout-setting';
import { mountPanel } from './mount-panel';
import { createPanelStore } from './panel-store';
import { createRecordSession } from './record-session';
import { saveTestPage } from './save-test-page';
import { followSettings } from './settings-changes';
import { whenIdle } from './when-idle';

/** Longest wait for the page's own load work to finish before Touchline starts on it. */
const START_IDLE_MS = 2000;

/**
 * What each CRM's content script runs: once the page's own load work is done, mount the panel,
 * then read and follow the record on every route change until the extension is reloaded or
 * removed (`ctx` is invalidated).
 */
export async function startTouchline(ctx: ContentScriptContext, adapter: Adapter): Promise<void> {
  // Remembered per CRM: a rep who folds the panel on HubSpot keeps it folded there.
  const collapsedItem = collapsedSetting(adapter.crm);
  const layoutItem = layoutSetting(adapter.crm);
  // Storage is first touched after the wait: its first call sets up the extension API's bindings,
  // which would lengthen the task that evaluates this script (issue 11).
  await whenIdle(START_IDLE_MS);
  if (ctx.isInvalid) return;
  const [collapsed, layout] = await Promise.all([collapsedItem.get(), layoutItem.get()]);
  const store = createPanelStore({
    state: { status: 'not-record' },
    collapsed,
    layout,
    undo: null,
    notice: null,
  });
  // Before anything is drawn, so the page is narrowed once, as the shell first shows.
  ctx.onInvalidated(followLayout(store));
  const session = createRecordSession(adapter, store, ctx.signal);
  const toggleCollapsed = () => {
    const collapsed = !store.get().collapsed;
    store.update({ collapsed });
    void collapsedItem.set(collapsed);
  };
  await mountPanel(ctx, adapter.crm, store, {
    toggleCollapsed,
    chooseLayout: (layout) => {
      store.update({ layout });
      void layoutItem.set(layout);
    },
    log: (touch) => void session.log(touch),
    undo: () => void session.undo(),
    editLogged: (details) => void session.editLogged(details),
    saveTestPage: () => void saveTestPage(adapter, store),
    pauseReading: session.pause,
    readAgain: session.readAgain,
  });
  ctx.onInvalidated(onBackgroundMessage('togglePanel', toggleCollapsed));
  ctx.onInvalidated(followSettings(store));
  ctx.addEventListener(window, 'wxt:locationchange', (event) => session.onRoute(event.newUrl, true));
  session.onRoute(new URL(location.href), false);
}
