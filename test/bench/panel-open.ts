import type { DemoServer } from '../browser/demo-server';
import { launchBrowser, type TestBrowser } from '../browser/harness';
import { inContentScript, inServiceWorker } from './clients';
import { backgroundWorker } from './extension';
import { newTab, waitForPageReady, waitForRecordPanel } from './pages';
import { median } from './stats';
import type { PageRecord } from './worlds';

/** openTouchlineDb's default name (lib/db/open.ts). */
export const EXTENSION_DB = 'touchline';
const VIEW_CALLS = 5;

/**
 * Notes, once per frame, when the panel first shows a ready view: the moment its values are on
 * screen. A string, so the test runner's transforms cannot touch what runs in the page.
 */
const WATCH_PANEL = `(() => {
  const look = () => {
    const root = document.querySelector('touchline-panel')?.shadowRoot?.querySelector('.touchline-root[data-state="ready"]');
    if (root) window.touchlinePanelShownAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

export type Worker = Awaited<ReturnType<typeof inServiceWorker>>;

/**
 * A browser with the extension whose cache has been seeded: the first visit of `record` creates
 * the database and stores the opened record (as in every arm), then `seed` writes the rest.
 */
export async function seededBrowser(
  server: DemoServer,
  record: PageRecord,
  seed: (worker: Worker) => Promise<void>,
): Promise<TestBrowser> {
  const browser = await launchBrowser({ server });
  try {
    await browser.context.addInitScript({ content: WATCH_PANEL });
    const tab = await newTab(browser.context);
    await tab.page.goto(record.url);
    await waitForRecordPanel(tab.page, record.keySuffix);
    await tab.close();
    await seed(await inServiceWorker(await backgroundWorker(browser.context)));
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Opens the record in a new tab: the time from the page's ready mark (spa.ts `demo-ready`) to the
 * first frame in which the panel shows the record's values, and the median `getView` round trip
 * for its key (the background's read and metrics alone).
 */
export async function openOnce(browser: TestBrowser, record: PageRecord, key: string) {
  const tab = await newTab(browser.context);
  try {
    await tab.page.goto(record.url);
    await waitForPageReady(tab.page, record.path);
    await waitForRecordPanel(tab.page, record.keySuffix);
    // The frame that shows the panel may come just after the check above saw it.
    await tab.page.waitForFunction(() => 'touchlinePanelShownAt' in window, null, { polling: 'raf' });
    const shownMs = await tab.page.evaluate(() => {
      const ready = performance.getEntriesByName('demo-ready')[0]?.startTime ?? Number.NaN;
      return (window as unknown as { touchlinePanelShownAt: number }).touchlinePanelShownAt - ready;
    });
    const views = await (await inContentScript(tab.cdp)).viewTimes(key, VIEW_CALLS);
    return { shownMs, viewMs: median(views) };
  } finally {
    await tab.close();
  }
}
