import { browser } from 'wxt/browser';
import { readRecordPage, recordPageOf } from '../adapters/record-page';
import type { Adapter } from '../adapters/types';
import type { PageCaptureModule } from './chunk-apis';
import { loadChunk } from './load-chunk';
import { ask } from './messages';
import { pageClock } from './page-clock';
import type { PanelStore } from './panel-store';
import { yieldToPage } from './yield-to-page';

const CAPTURE_MISSING =
  'The page capture could not be loaded (the extension was updated or reloaded). Reload the page.';

const loadPageCapture = () =>
  loadChunk<PageCaptureModule>(browser.runtime.getURL('/page-capture.js'), () => globalThis.touchlinePageCapture);

/**
 * "Save a test page": fetches the page capture (a lazy chunk), reads the page once more (so the
 * names masked are the page's current ones), captures it masked, and hands it to the background,
 * which opens the extension page that saves the file. The panel says how it went.
 */
export async function saveTestPage(
  adapter: Adapter,
  store: PanelStore,
  capture: () => Promise<PageCaptureModule> = loadPageCapture,
): Promise<void> {
  if (store.get().testPage?.status === 'saving') return;
  store.update({ testPage: { status: 'saving' } });
  const url = new URL(location.href);
  const page = recordPageOf(url, [adapter]);
  if (!page) return store.update({ testPage: { status: 'failed', message: 'This is not a record page.' } });
  const module = await capture().catch((error: unknown) => {
    console.warn('Touchline: page capture not loaded', error);
    return null;
  });
  if (!module) return store.update({ testPage: { status: 'failed', message: CAPTURE_MISSING } });
  await yieldToPage();
  const reading = readRecordPage(page, document, url, pageClock());
  const testPage = await module.captureTestPage({ crm: adapter.crm, kind: page.ref.kind, url: url.href, reading });
  const response = await ask('saveTestPage', testPage);
  store.update({ testPage: response.ok ? { status: 'saved' } : { status: 'failed', message: response.error.message } });
}
