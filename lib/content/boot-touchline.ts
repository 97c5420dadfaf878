import { browser, type PublicPath } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReader } from '../adapters/page-reader';
import type { Crm } from '../schema/activity';
import type { RecordRef } from '../schema/record';
import { yieldToPage } from '../yield-to-page';
import type { PanelSessionModule } from './chunk-apis';
import { loadChunk } from './load-chunk';
import { showLoadFailure } from './load-failure';
import { loadWithRetry } from './load-with-retry';
import { createPanelHost } from './panel-host';
import { whenIdle } from './when-idle';

/** Longest wait for the page's own load work to finish before Touchline starts on it. */
const START_IDLE_MS = 2000;

/** The two chunks a record page loads after the idle wait, each evaluated in a task of its own. */
export interface StartChunks {
  session(): Promise<PanelSessionModule>;
  reader(): Promise<PageReader>;
}

/** entrypoints/panel-session and entrypoints/<crm>-reader, imported by URL. */
export function startChunksOf(crm: Crm): StartChunks {
  return {
    session: () => loadChunk(browser.runtime.getURL('/panel-session.js'), () => globalThis.touchlinePanelSession),
    reader: () =>
      loadChunk(browser.runtime.getURL(`/${crm}-reader.js` as PublicPath), () => globalThis.touchlinePageReader),
  };
}

/**
 * What each CRM's content script runs. Compiling and evaluating a script happens in one task, so
 * the script injected into the page holds only this (issue 11): once the page's own load work is
 * done, it puts the panel's host on the page and imports the session and this CRM's reader, each
 * evaluated in a task of its own, then hands them the host. If they cannot be loaded, a record
 * page shows why instead of a blank panel, and the CRM keeps working.
 */
export async function bootTouchline(
  ctx: ContentScriptContext,
  crm: Crm,
  detect: (url: URL) => RecordRef | null,
  chunks: StartChunks = startChunksOf(crm),
): Promise<void> {
  // Before the wait: a click in the CRM meanwhile moves the address while the page loaded is still shown.
  const loadedAt = new URL(location.href);
  await whenIdle(START_IDLE_MS);
  if (ctx.isInvalid) return;
  const loading = loadWithRetry('the panel', () => inTurn(chunks));
  // Fetching the stylesheet in a task apart from asking for the first chunk.
  await yieldToPage();
  const [container, loaded] = await Promise.all([createPanelHost(ctx, crm), loading]);
  // Whatever finished last (the stylesheet or a chunk's evaluation) ends its task before the session starts.
  await yieldToPage();
  if (ctx.isInvalid) return;
  if (!loaded) return showLoadFailure(ctx, container, (url) => detect(url) !== null);
  const [session, reader] = loaded;
  await session.start(ctx, reader, container, loadedAt);
}

/**
 * The session, then the reader: each import starts in a task of its own, not in the one that
 * evaluated the chunk before it (a dynamic import's own work took several milliseconds).
 */
async function inTurn(chunks: StartChunks): Promise<[PanelSessionModule, PageReader]> {
  const session = await chunks.session();
  await yieldToPage();
  return [session, await chunks.reader()];
}
