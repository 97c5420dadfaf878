import { browser } from 'wxt/browser';
import { readRecordPage, recordPageOf } from '../adapters/record-page';
import type { Adapter } from '../adapters/types';
import type { PageCaptureModule, PageReading } from './chunk-apis';
import { loadChunk } from './load-chunk';
import { ask } from './messages';
import { pageClock } from './page-clock';
import type { PanelStore } from './panel-store';

const CAPTURE_MISSING =
  'The page capture could not be loaded (the extension was updated or reloaded). Reload the page.';

const loadPageCapture = () =>
  loadChunk<PageCaptureModule>(browser.runtime.getURL('/page-capture.js'), () => globalThis.touchlinePageCapture);

/** "Save a test page" lives in a lazy chunk (entrypoints/page-capture); the page is read with this CRM's adapter. */
export async function saveTestPage(
  adapter: Adapter,
  store: PanelStore,
  capture: () => Promise<PageCaptureModule> = loadPageCapture,
): Promise<void> {
  const module = await capture().catch((error: unknown) => console.warn('Touchline: page capture not loaded', error));
  if (!module) return store.update({ testPage: { status: 'failed', message: CAPTURE_MISSING } });
  await module.saveTestPage({ crm: adapter.crm, store, ask, readPage: () => readPage(adapter) });
}

function readPage(adapter: Adapter): PageReading {
  const url = new URL(location.href);
  const page = recordPageOf(url, [adapter]);
  if (!page) return null;
  return { kind: page.ref.kind, url: url.href, reading: readRecordPage(page, document, url, pageClock()) };
}
