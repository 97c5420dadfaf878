import type { DemoServer } from '../browser/demo-server';
import { launchBrowser } from '../browser/harness';
import { inContentScript, inServiceWorker } from './clients';
import { backgroundWorker } from './extension';
import { newTab, waitForRecordPanel } from './pages';
import { type Figure, ms } from './report';
import { readingBatches, type ScaleData } from './scale-data';
import { median, ratios, spread } from './stats';
import { storedRows } from './stored-rows';
import { pageRecord } from './worlds';

export const INGEST_TARGET = 2;
const ROUNDS = 5;
const ACTIVITIES = 10_000;
/** The warm-up batch only primes both paths (JIT, connections); a smaller one saves time. */
const WARM_UP_ACTIVITIES = 2_000;
const FLOOR_DB = 'touchline-bench-floor';

/**
 * ingest_ratio = median(M) / median(F) for batches of 10,000 parsed activities (contact page
 * readings of the scale history, ~20 activities each, as the HubSpot adapter gives them):
 * M = from the first send to the last acknowledgement, every reading sent at once as
 *     `readingSaved` from the content script's isolated world of a CRM page (CDP Runtime.evaluate
 *     in the world Chromium names after the extension) through Touchline's own message layer
 *     (lib/messaging/messenger.ts over chrome.runtime, answers validated with the content script's
 *     schemas), so the background validates, merges and saves each in its own transaction and
 *     answers with the record's view, as for a page read;
 * F = the floor: the same rows saveReading stores (built in Node with its functions), put with
 *     `idb` in one transaction into a database with Touchline's stores and indexes, timed inside
 *     the same service worker.
 * Both databases grow by one batch a round, alternating; one warm-up round of 2,000 activities;
 * spread = range of per-round ratios.
 */
export async function ingestRatio(server: DemoServer, scale: ScaleData): Promise<Figure> {
  const batches = readingBatches(scale, [WARM_UP_ACTIVITIES, ...Array<number>(ROUNDS).fill(ACTIVITIES)]);
  const browser = await launchBrowser({ server });
  const messages: number[] = [];
  const floors: number[] = [];
  try {
    const record = pageRecord(server.world);
    const tab = await newTab(browser.context);
    await tab.page.goto(record.url);
    await waitForRecordPanel(tab.page, record.keySuffix);
    const page = await inContentScript(tab.cdp);
    const worker = await inServiceWorker(await backgroundWorker(browser.context));
    for (const [round, batch] of batches.entries()) {
      await page.stage(batch);
      const sent = await page.saveStaged();
      if (sent.failures.length > 0) throw new Error(`readingSaved failed: ${sent.failures[0]}`);
      const rows = storedRows(batch, new Date(scale.world.now));
      await worker.stage({ contacts: rows.contacts, activities: rows.activities });
      const floor = await worker.bulkPut(FLOOR_DB);
      if (round === 0) continue;
      messages.push(sent.ms);
      floors.push(floor);
    }
    await tab.close();
  } finally {
    await browser.close();
  }
  return {
    name: 'ingest_ratio',
    value: median(messages) / median(floors),
    target: INGEST_TARGET,
    digits: 2,
    detail: `spread ${spread(ratios(messages, floors), 2)}`,
    notes: [
      `10,000 activities in ~${batches[1]?.length ?? 0} contact readings: message layer ${ms(median(messages))} (${spread(messages, 0)}), bare idb put ${ms(median(floors))} (${spread(floors, 0)})`,
    ],
  };
}
