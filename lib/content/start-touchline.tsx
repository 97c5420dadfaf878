import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReader } from '../adapters/page-reader';
import { onBackgroundMessage } from '../messaging/content-messenger';
import { yieldToPage } from '../yield-to-page';
import { followAddress } from './address-moves';
import { askCalendarNames } from './calendar-names-asked';
import { collapsedSetting } from './collapsed-setting';
import { pauseWhenErased } from './erased-elsewhere';
import { followLayout } from './layout-apply';
import { layoutSetting } from './layout-setting';
import { mountPanel } from './mount-panel';
import { createPanelStore } from './panel-store';
import { createRecordSession } from './record-session';
import { refreshOnReturn } from './refresh-on-return';
import { saveTestPage } from './save-test-page';
import { followSettings } from './settings-changes';

/**
 * What a record page runs once its content script has waited for the page's own load work and
 * loaded this session and the CRM's reader (lib/content/boot-touchline.ts): draw the panel in
 * `container`, then read and follow the record on every route change until the extension is
 * reloaded or removed (`ctx` is invalidated). `loadedAt` is the address the page loaded at, noted
 * before the wait: the CRM may have moved on since.
 */
export async function startTouchline(
  ctx: ContentScriptContext,
  reader: PageReader,
  container: HTMLElement,
  loadedAt: URL,
): Promise<void> {
  const { adapter } = reader;
  // First, so the answer is in before the first reading reaches the dates.
  void askCalendarNames(reader);
  // Remembered per CRM: a rep who folds the panel on HubSpot keeps it folded there.
  const collapsedItem = collapsedSetting(adapter.crm);
  const layoutItem = layoutSetting(adapter.crm);
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
  const session = createRecordSession(reader, store, ctx.signal);
  const toggleCollapsed = () => {
    const collapsed = !store.get().collapsed;
    store.update({ collapsed });
    void collapsedItem.set(collapsed);
  };
  await mountPanel(ctx, container, store, {
    toggleCollapsed,
    chooseLayout: (layout) => {
      store.update({ layout });
      void layoutItem.set(layout);
    },
    log: session.log,
    undo: () => void session.undo(),
    // Its answer goes back to the details form: a failed save keeps what the rep typed.
    editLogged: session.editLogged,
    holdUndo: session.holdUndo,
    // Its answer goes back to the Recent row: a removal that failed keeps the row.
    removeLogged: session.removeLogged,
    saveTestPage: () => void saveTestPage(reader, store),
    pauseReading: session.pause,
    readAgain: session.readAgain,
  });
  // Alt+Shift+T. Focus in the panel moves with the fold as for its collapse button (components/toggle-focus.ts).
  ctx.onInvalidated(onBackgroundMessage('togglePanel', toggleCollapsed));
  ctx.onInvalidated(followSettings(store, () => session.readAgain()));
  ctx.onInvalidated(refreshOnReturn(store));
  // An erase in another tab or on the options page is learnt by those two (settings-changes.ts).
  ctx.onInvalidated(pauseWhenErased(store, session.pause));
  // The first route (the shell redrawn, the watcher started) in a task apart from adding the listeners.
  await yieldToPage();
  if (ctx.isInvalid) return;
  session.onLoad(new URL(location.href), loadedAt);
  // In the same task as the first route, so no move falls between the two. Then in the CRM's own
  // navigation task, while its page still shows the record being left: a task later the new
  // record's title may not be drawn yet, and finding its container by name alone scans the whole
  // page (27-45 ms on the demo deal page).
  followAddress(ctx, (url) => session.onRoute(url, true));
}
