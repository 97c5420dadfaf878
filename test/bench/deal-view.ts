import { recordKeyOf } from '../../lib/keys';
import type { DemoServer } from '../browser/demo-server';
import type { TestBrowser } from '../browser/harness';
import { PORTAL_ID } from '../demo-crm/hubspot/ids';
import { EXTENSION_DB, openOnce, seededBrowser } from './panel-open';
import { type Figure, ms } from './report';
import { extraNote, runRounds } from './rounds';
import { scaleDeals } from './scale-deals';
import { median, ratios, spread } from './stats';
import { tourDeal } from './worlds';

export const DEAL_VIEW_TARGET = 1.3;
const LARGE = 5000;
const SMALL = 50;
const ROUNDS = 5;
const WARM_UP = 1;
const EXTRA_ROUNDS = 3;

interface Arm {
  label: string;
  browser: TestBrowser;
  deals: number;
  shown: number[];
  views: number[];
}

/**
 * deal_view_flatness = median(D_5000) / median(D_50), where D is the time from the HubSpot demo
 * deal page's ready mark (spa.ts `demo-ready`) to the first frame in which the panel shows the
 * deal's values, with the extension's cache holding 5,000 vs 50 other deals of the same portal
 * and pipeline, each with a stage history (scale-deals.ts), written through the extension's own
 * deal writer (putDeal, so per-stage summaries are kept as for read pages). The deal view's
 * typical time in stage and stage conversion are what could grow with them. Three browsers (5,000,
 * 50, and 50 again for the A/A line) in rotating order; one warm-up round; spread = range of
 * per-round ratios; while over the target with a spread that crosses it, up to three rounds more.
 * The `getView` round trip for the deal is reported too.
 */
export async function dealViewFlatness(server: DemoServer): Promise<Figure> {
  const record = tourDeal(server.world);
  const key = recordKeyOf('hubspot', PORTAL_ID, 'deal', record.keySuffix.split(':').pop() ?? '');
  const arms: Arm[] = [];
  let extra = 0;
  try {
    for (const [label, count] of [
      ['5,000', LARGE],
      ['50', SMALL],
      ['50 (A/A)', SMALL],
    ] as const) {
      const deals = scaleDeals(server.world, count);
      let stored = 0;
      const browser = await seededBrowser(server, record, async (worker) => {
        await worker.seedDeals(EXTENSION_DB, deals);
        stored = await worker.countDeals(EXTENSION_DB);
      });
      arms.push({ label, browser, deals: stored, shown: [], views: [] });
    }
    const [big, small] = arms as [Arm, Arm, Arm];
    extra = await runRounds({
      warmUp: WARM_UP,
      rounds: ROUNDS,
      extra: EXTRA_ROUNDS,
      target: DEAL_VIEW_TARGET,
      round: async (index, warm) => {
        for (const arm of arms.map((_, i) => arms[(i + index) % arms.length] as Arm)) {
          const { shownMs, viewMs } = await openOnce(arm.browser, record, key);
          if (warm) continue;
          arm.shown.push(shownMs);
          arm.views.push(viewMs);
        }
      },
      ratio: () => ({ value: median(big.shown) / median(small.shown), perRound: ratios(big.shown, small.shown) }),
    });
  } finally {
    for (const arm of arms) await arm.browser.close();
  }
  const [big, small, aa] = arms as [Arm, Arm, Arm];
  return {
    name: 'deal_view_flatness',
    value: median(big.shown) / median(small.shown),
    target: DEAL_VIEW_TARGET,
    digits: 2,
    detail: `spread ${spread(ratios(big.shown, small.shown), 2)}${extraNote(extra)}`,
    notes: [
      `A/A (50 / 50): ${(median(aa.shown) / median(small.shown)).toFixed(2)} spread ${spread(ratios(aa.shown, small.shown), 2)}`,
      `getView read+compute: 5,000 ${ms(median(big.views))} vs 50 ${ms(median(small.views))} (ratio ${(median(big.views) / median(small.views)).toFixed(2)})`,
      ...arms.map(
        (arm) =>
          `${arm.label}: ${arm.deals.toLocaleString('en-US')} deals cached: page ready → deal panel shown ${ms(median(arm.shown))} (${spread(arm.shown, 0)})`,
      ),
    ],
  };
}
