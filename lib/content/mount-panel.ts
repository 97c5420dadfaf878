import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { yieldToPage } from '../yield-to-page';
import type { FullPanelModule, ShellActions } from './chunk-apis';
import { loadChunk } from './load-chunk';
import { loadWithRetry } from './load-with-retry';
import { showShell } from './panel-shell';
import type { PanelStore } from './panel-store';
import { whenIdle } from './when-idle';

/** How long the whole panel waits for an idle moment after the first numbers show. */
const FULL_PANEL_IDLE_MS = 1000;

const loadFullPanel = () =>
  loadChunk<FullPanelModule>(browser.runtime.getURL('/full-panel.js'), () => globalThis.touchlineFullPanel);

/**
 * Mounts the panel in `container` (the shadow root's body, lib/content/panel-host.ts): the
 * shell at once, then, once it has shown something other than the reading skeleton and the page
 * is idle, the whole panel (a lazy chunk) in its place. If the chunk cannot load (the extension
 * was reloaded), the first numbers stay.
 */
export async function mountPanel(
  ctx: ContentScriptContext,
  container: HTMLElement,
  store: PanelStore,
  actions: ShellActions,
  loadPanel: () => Promise<FullPanelModule> = loadFullPanel,
): Promise<void> {
  const shell = showShell(container, store, actions.toggleCollapsed);
  const stopWaiting = store.subscribe(({ state }) => {
    if (state.status === 'reading' || state.status === 'not-record') return;
    stopWaiting();
    void takeOver();
  });

  // The first reading starts in a task apart from drawing the shell.
  await yieldToPage();

  async function takeOver(): Promise<void> {
    await whenIdle(FULL_PANEL_IDLE_MS);
    const panel = await loadWithRetry('the full panel', loadPanel);
    // The first render in a task of its own, apart from evaluating the chunk.
    await yieldToPage();
    if (!panel || ctx.isInvalid) return;
    shell.stop();
    ctx.onInvalidated(panel.mount(container, store, actions));
  }
}
