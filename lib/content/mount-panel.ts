import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Crm } from '../schema/activity';
import { yieldToPage } from '../yield-to-page';
import type { FullPanelModule, ShellActions } from './chunk-apis';
import { loadChunk } from './load-chunk';
import { createPanelHost } from './panel-host';
import { showShell } from './panel-shell';
import type { PanelStore } from './panel-store';
import { whenIdle } from './when-idle';

/** How long the whole panel waits for an idle moment after the first numbers show. */
const FULL_PANEL_IDLE_MS = 1000;

/** Waits before trying the chunk again (a browser still starting the extension may fail the first fetch). */
const RETRY_DELAYS_MS = [500, 2000, 5000];

const loadFullPanel = () =>
  loadChunk<FullPanelModule>(browser.runtime.getURL('/full-panel.js'), () => globalThis.touchlineFullPanel);

/**
 * Mounts the panel: the content script's shell at once, then, once it has shown something
 * other than the reading skeleton and the page is idle, the whole panel (a lazy chunk) in its
 * place. If the chunk cannot load (the extension was reloaded), the first numbers stay.
 */
export async function mountPanel(
  ctx: ContentScriptContext,
  crm: Crm,
  store: PanelStore,
  actions: ShellActions,
  loadPanel: () => Promise<FullPanelModule> = loadFullPanel,
): Promise<void> {
  const container = await createPanelHost(ctx, crm);
  // Inserting the host parses the panel's stylesheet; the shell is drawn in a task apart (issue 11).
  await yieldToPage();
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
    const panel = await loadWithRetry(loadPanel);
    // The first render in a task of its own, apart from evaluating the chunk.
    await yieldToPage();
    if (!panel || ctx.isInvalid) return;
    shell.stop();
    ctx.onInvalidated(panel.mount(container, store, actions));
  }
}

async function loadWithRetry(loadPanel: () => Promise<FullPanelModule>): Promise<FullPanelModule | null> {
  for (const delay of [0, ...RETRY_DELAYS_MS]) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      return await loadPanel();
    } catch (error) {
      console.warn('Touchline: the full panel did not load', error);
    }
  }
  return null;
}
