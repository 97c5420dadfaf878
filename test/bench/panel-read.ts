import { recordKeyOf } from '../../lib/keys';
import type { DemoServer } from '../browser/demo-server';
import { launchBrowser, type TestBrowser } from '../browser/harness';
import { PORTAL_ID } from '../demo-crm/hubspot/ids';
import { inContentScript, inServiceWorker } from './clients';
import { backgroundWorker } from './extension';
import { newTab, waitForPageReady, waitForRecordPanel } from './pages';
import { type Figure, ms } from './report';
import { cacheRows, type ScaleData } from './scale-data';
import { median, ratios, spread } from './stats';
import type { StoredRows } from './stored-rows';
import { type PageRecord, pageRecord } from './worlds';

const ROUNDS = 5;
const WARM_UP = 1;
const VIEW_CALLS = 5;
/** openTouchlineDb's default name (lib/db/open.ts). */
const EXTENSION_DB = 'touchline';
export const PANEL_READ_TARGET = 1.3;

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

interface Arm {
  label: string;
  browser: TestBrowser;
  cached: number;
  contacts: number;
  shown: number[];
  views: number[];
}

/**
 * panel_read_flatness = median(P_100k) / median(P_1k), where P is the time from the record page's
 * ready mark (spa.ts `demo-ready`) to the first frame in which the panel shows the contact's
 * values, on the same HubSpot contact page, with the extension's cache seeded with ~100,000
 * activities across 5,000 contacts vs ~1,000. The two browsers alternate, one warm-up round,
 * then medians; spread = range of per-round ratios. P includes the content script's quiet time
 * before it reads a page (400 ms), which dilutes the ratio, so the `getView` round trip is
 * reported too: the background's index read and metrics for that contact alone.
 */
export async function panelReadFlatness(server: DemoServer, scale: ScaleData): Promise<Figure> {
  const record = pageRecord(server.world);
  const contactId = Number(record.keySuffix.split(':').pop());
  const key = recordKeyOf('hubspot', PORTAL_ID, 'contact', String(contactId));
  const arms: Arm[] = [];
  try {
    arms.push(await seededArm(server, '100k', record, cacheRows(scale, contactId, Number.POSITIVE_INFINITY)));
    arms.push(await seededArm(server, '1k', record, cacheRows(scale, contactId, 1000)));
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      for (const arm of round % 2 ? [...arms].reverse() : arms) {
        const { shownMs, viewMs } = await openOnce(arm.browser, record, key);
        if (round < WARM_UP) continue;
        arm.shown.push(shownMs);
        arm.views.push(viewMs);
      }
    }
  } finally {
    for (const arm of arms) await arm.browser.close();
  }
  const [big, small] = arms as [Arm, Arm];
  const perRound = ratios(big.shown, small.shown);
  return {
    name: 'panel_read_flatness',
    value: median(big.shown) / median(small.shown),
    target: PANEL_READ_TARGET,
    digits: 2,
    detail: `spread ${spread(perRound, 2)}`,
    notes: arms.flatMap((arm) => [
      `${arm.label}: ${arm.cached.toLocaleString('en-US')} activities / ${arm.contacts.toLocaleString('en-US')} contacts cached: page ready → panel shown ${ms(median(arm.shown))} (${spread(arm.shown, 0)}), getView read+compute ${ms(median(arm.views))}`,
    ]),
  };
}

async function seededArm(server: DemoServer, label: string, record: PageRecord, rows: StoredRows): Promise<Arm> {
  const browser = await launchBrowser({ server });
  try {
    await browser.context.addInitScript({ content: WATCH_PANEL });
    // The first visit creates the database and stores the opened contact, as in every arm.
    const tab = await newTab(browser.context);
    await tab.page.goto(record.url);
    await waitForRecordPanel(tab.page, record.keySuffix);
    await tab.close();
    const worker = await inServiceWorker(await backgroundWorker(browser.context));
    await worker.seed(EXTENSION_DB, rows);
    const cached = await worker.countActivities(EXTENSION_DB);
    return { label, browser, cached, contacts: rows.contacts.length + 1, shown: [], views: [] };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function openOnce(browser: TestBrowser, record: PageRecord, key: string) {
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
