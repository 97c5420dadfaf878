import { capturePage } from '../../lib/capture/capture-page';
import { testPageFileName } from '../../lib/capture/test-page-name';
import type { TestPageDeps } from '../../lib/content/chunk-apis';
import { PANEL_ELEMENT } from '../../lib/content/panel-element';
import { yieldToPage } from '../../lib/yield-to-page';

/**
 * "Save a test page": reads the page once more (so the names masked are the page's current
 * ones), captures it masked (Touchline's own panel left out), and hands it to the background,
 * which opens the extension page that saves the file. The panel says how it went.
 */
export async function saveTestPage({ crm, store, readPage, ask }: TestPageDeps): Promise<void> {
  if (store.get().testPage?.status === 'saving') return;
  store.update({ testPage: { status: 'saving' } });
  await yieldToPage();
  const page = readPage();
  if (!page) return store.update({ testPage: { status: 'failed', message: 'This is not a record page.' } });
  const capture = await capturePage(document, {
    crm,
    url: page.url,
    reading: page.reading,
    leaveOut: Array.from(document.querySelectorAll(PANEL_ELEMENT)),
  });
  const response = await ask('saveTestPage', {
    html: capture.html,
    fileName: testPageFileName(crm, page.kind, new Date()),
    pageUrl: page.url,
    counts: capture.counts,
    busyMs: capture.busyMs,
    longestSliceMs: capture.longestSliceMs,
  });
  store.update({ testPage: response.ok ? { status: 'saved' } : { status: 'failed', message: response.error.message } });
}
