import { readRecordPage, recordPageOf } from '../adapters/record-page';
import type { Adapter } from '../adapters/types';
import { capturePage } from '../capture/capture-page';
import { testPageFileName } from '../capture/test-page';
import { ask } from './messages';
import { PANEL_ELEMENT } from './panel-element';
import type { PanelStore } from './panel-store';

/**
 * "Save a test page": reads the page once more (so the names masked are the page's current
 * ones), captures it masked, and hands it to the background, which opens the extension page
 * that saves the file. The panel says how it went.
 */
export async function saveTestPage(adapter: Adapter, store: PanelStore): Promise<void> {
  if (store.get().testPage?.status === 'saving') return;
  store.update({ testPage: { status: 'saving' } });
  const url = new URL(location.href);
  const page = recordPageOf(url, [adapter]);
  if (!page) return store.update({ testPage: { status: 'failed', message: 'This is not a record page.' } });
  const reading = readRecordPage(page, document, url, {
    now: new Date(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const capture = await capturePage(document, {
    crm: adapter.crm,
    url: url.href,
    reading,
    leaveOut: Array.from(document.querySelectorAll(PANEL_ELEMENT)),
  });
  const response = await ask('saveTestPage', {
    html: capture.html,
    fileName: testPageFileName(adapter.crm, page.ref.kind, new Date()),
    pageUrl: url.href,
    counts: capture.counts,
    busyMs: capture.busyMs,
    longestSliceMs: capture.longestSliceMs,
  });
  store.update({ testPage: response.ok ? { status: 'saved' } : { status: 'failed', message: response.error.message } });
}
