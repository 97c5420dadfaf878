import type { ReadOk } from '../../lib/schema/read-result';
import type { DemoServer } from '../browser/demo-server';
import { launchBrowser } from '../browser/harness';
import { inContentScript, inServiceWorker } from './clients';
import { backgroundWorker } from './extension';
import { newTab, waitForRecordPanel } from './pages';
import { type Figure, ms } from './report';
import { extraNote, runRounds } from './rounds';
import { readingBatches, type ScaleData } from './scale-data';
import { median, ratios, spread } from './stats';
import { storedRows } from './stored-rows';
import { pageRecord } from './worlds';

export const INGEST_TARGET = 2;
const ROUNDS = 5;
const EXTRA_ROUNDS = 3;
const ACTIVITIES = 10_000;
/** The warm-up batch only primes both paths (JIT, connections); a smaller one saves time. */
const WARM_UP_ACTIVITIES = 2_000;
const FLOOR_DB = 'touchline-bench-floor';
const FLOOR_DB_AA = 'touchline-bench-floor-aa';

/**
 * ingest_ratio = median(M) / median(F) for batches of 10,000 parsed activities (contact page
 * readings of the scale history, ~20 activities each, as the HubSpot adapter gives them):
 * M = from the first send to the last acknowledgement, every reading sent at once as
 *     `readingSaved` from the content script's isolated world of a CRM page (CDP Runtime.evaluate
 *     in the world Chromium names after the extension) through Touchline's own message layer
 *     (lib/messaging/messenger.ts over chrome.runtime, answers validated with the content script's
 *     schemas), so the background validates each, saves it through its save queue (readings that
 *     arrive while a save runs share the next transaction) and answers with the record's view, as
 *     for a page read;
 * F = the floor: the same rows saveReading stores (built in Node with its functions), put with
 *     `idb` in one transaction into a database with Touchline's stores and indexes, timed inside
 *     the same service worker.
 * The databases grow by one batch a round, in alternating order; one warm-up round of 2,000
 * activities; spread = range of per-round ratios; while over the target with a spread that crosses
 * it, up to three rounds more. A/A = the same bare put into a second floor database ÷ the first.
 */
export async function ingestRatio(server: DemoServer, scale: ScaleData): Promise<Figure> {
  const batches = readingBatches(scale, [WARM_UP_ACTIVITIES, ...Array<number>(ROUNDS + EXTRA_ROUNDS).fill(ACTIVITIES)]);
  const browser = await launchBrowser({ server });
  const messages: number[] = [];
  const floors: number[] = [];
  const again: number[] = [];
  let extra = 0;
  try {
    const record = pageRecord(server.world);
    const tab = await newTab(browser.context);
    await tab.page.goto(record.url);
    await waitForRecordPanel(tab.page, record.keySuffix);
    const page = await inContentScript(tab.cdp);
    const worker = await inServiceWorker(await backgroundWorker(browser.context));
    extra = await runRounds({
      warmUp: 1,
      rounds: ROUNDS,
      extra: EXTRA_ROUNDS,
      target: INGEST_TARGET,
      round: async (index, warm) => {
        const batch = batches[index] as ReadOk[];
        const rows = storedRows(batch, new Date(scale.world.now));
        await worker.stage({ contacts: rows.contacts, activities: rows.activities });
        const order = index % 2 ? (['floor', 'aa', 'message'] as const) : (['message', 'aa', 'floor'] as const);
        const took = { message: 0, floor: 0, aa: 0 };
        for (const step of order) {
          if (step === 'floor') took.floor = await worker.bulkPut(FLOOR_DB);
          else if (step === 'aa') took.aa = await worker.bulkPut(FLOOR_DB_AA);
          else {
            await page.stage(batch);
            const sent = await page.saveStaged();
            if (sent.failures.length > 0) throw new Error(`readingSaved failed: ${sent.failures[0]}`);
            took.message = sent.ms;
          }
        }
        if (warm) return;
        messages.push(took.message);
        floors.push(took.floor);
        again.push(took.aa);
      },
      ratio: () => ({ value: median(messages) / median(floors), perRound: ratios(messages, floors) }),
    });
    await tab.close();
  } finally {
    await browser.close();
  }
  return {
    name: 'ingest_ratio',
    value: median(messages) / median(floors),
    target: INGEST_TARGET,
    digits: 2,
    detail: `spread ${spread(ratios(messages, floors), 2)}${extraNote(extra)}`,
    notes: [
      `A/A (bare put / bare put): ${(median(again) / median(floors)).toFixed(2)} spread ${spread(ratios(again, floors), 2)}`,
      `10,000 activities in ~${batches[1]?.length ?? 0} contact readings: message layer ${ms(median(messages))} (${spread(messages, 0)}), bare idb put ${ms(median(floors))} (${spread(floors, 0)})`,
    ],
  };
}
