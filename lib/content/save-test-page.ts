import { browser } from 'wxt/browser';
import type { PageReader } from '../adapters/page-reader';
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
  reader: PageReader,
  store: PanelStore,
  capture: () => Promise<PageCaptureModule> = loadPageCapture,
): Promise<void> {
  const module = await capture().catch((error: unknown) => console.warn('Touchline: page capture not loaded', error));
  if (!module) return store.update({ testPage: { status: 'failed', message: CAPTURE_MISSING } });
  await module.saveTestPage({ crm: reader.adapter.crm, store, ask, readPage: () => readPage(reader) });
}

function readPage(reader: PageReader): PageReading {
  const url = new URL(location.href);
  const page = reader.pageAt(url);
  if (!page) return null;
  return { kind: page.ref.kind, url: url.href, reading: reader.read(page, document, url, pageClock()) };
}
