import type { DemoServer } from '../browser/demo-server';
import { launchBrowser, type TestBrowser } from '../browser/harness';
import { inServiceWorker } from './clients';
import { backgroundWorker } from './extension';
import { loadAverage } from './machine';
import { EXTENSION_DB } from './panel-open';
import { type Figure, ms } from './report';
import { extraNote, runRounds } from './rounds';
import { max, median, ratios, spread } from './stats';
import { LARGE_TEAM, SMALL_TEAM, type TeamWorldSize, teamWorld } from './team-world';

export const TEAM_PAGE_TARGET = 3;
const ROUNDS = 5;
const WARM_UP = 1;
const EXTRA_ROUNDS = 3;
const COMPLETE_TIMEOUT_MS = 600_000;

/**
 * Installed in every page before its scripts run; on the team page only, it notes the frame that
 * first shows the complete render (`[data-team-view="ready"]`: every section's figures
 * and the first screen of rows, components/team/TeamContent.tsx) and every long task until then.
 * A string, so the test runner's transforms cannot touch what runs in the page.
 */
const WATCH_TEAM_PAGE = `(() => {
  if (!location.pathname.endsWith('/team.html')) return;
  const seen = { tasks: [] };
  window.touchlineTeamBench = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // A mutation observer rather than a check every frame: it costs nothing while the page computes.
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-team-view="ready"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      seen.completeAt = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-team-view'] });
})();`;

export interface Arm {
  label: string;
  size: TeamWorldSize;
  browser: TestBrowser;
  url: string;
  cached: number;
  complete: number[];
  longest: number[];
}

/**
 * team_page_flatness = median(T_large) / median(T_small), where T is the time from navigating to
 * the extension's team.html (the page's time origin) to the first frame showing its complete
 * render, `[data-team-view="ready"]`: every figure (reps, team row, why it moved, deals, follow-ups,
 * the charts' tables) and the first screen of deal rows, with the cache holding 100,000 activities /
 * 5,000 contacts / 2,000 deals with stage histories / 20 reps (large) vs 1,000 / 50 / 20 / 4 (small),
 * spread over the last year, owners unevenly loaded (team-world.ts). Activities and contacts are
 * written in bulk, deals through the extension's own deal writer (putDeal). Three browsers (large,
 * small, and small again for the A/A line) in rotating order, a fresh tab per load; one warm-up
 * round; spread = range of per-round ratios; while over the target with a spread that crosses it,
 * up to three rounds more. Also printed: the absolute times, and the longest main-thread task
 * before the complete render of each load (a `longtask` PerformanceObserver in the page), with
 * the load average at the figure's start and end.
 */
export async function teamPageFlatness(server: DemoServer): Promise<Figure> {
  const loadAtStart = loadAverage();
  const now = server.world.now;
  const arms: Arm[] = [];
  let extra = 0;
  try {
    const small = teamWorld(SMALL_TEAM, now);
    for (const [label, size] of [
      ['large', LARGE_TEAM],
      ['small', SMALL_TEAM],
      ['small (A/A)', SMALL_TEAM],
    ] as const) {
      arms.push(await seededArm(server, label, size, size === SMALL_TEAM ? small : teamWorld(size, now)));
    }
    const [big, base] = arms as [Arm, Arm, Arm];
    extra = await runRounds({
      warmUp: WARM_UP,
      rounds: ROUNDS,
      extra: EXTRA_ROUNDS,
      target: TEAM_PAGE_TARGET,
      round: async (index, warm) => {
        for (const arm of arms.map((_, i) => arms[(i + index) % arms.length] as Arm)) {
          const load = await openTeamPage(arm);
          if (warm) continue;
          arm.complete.push(load.completeMs);
          arm.longest.push(load.longestTaskMs);
        }
      },
      ratio: () => ({
        value: median(big.complete) / median(base.complete),
        perRound: ratios(big.complete, base.complete),
      }),
    });
  } finally {
    for (const arm of arms) await arm.browser.close();
  }
  const [big, small, aa] = arms as [Arm, Arm, Arm];
  return {
    name: 'team_page_flatness',
    value: median(big.complete) / median(small.complete),
    target: TEAM_PAGE_TARGET,
    digits: 2,
    detail: `spread ${spread(ratios(big.complete, small.complete), 2)}${extraNote(extra)}`,
    notes: [
      `A/A (small / small): ${(median(aa.complete) / median(small.complete)).toFixed(2)} spread ${spread(ratios(aa.complete, small.complete), 2)}`,
      ...arms.map(
        (arm) =>
          `${arm.label}: ${arm.cached.toLocaleString('en-US')} activities / ${arm.size.contacts.toLocaleString('en-US')} contacts / ${arm.size.deals.toLocaleString('en-US')} deals / ${arm.size.reps} reps: navigation → complete render ${ms(median(arm.complete))} (${spread(arm.complete, 0)}), longest task before it ${ms(median(arm.longest))} (worst ${ms(max(arm.longest))})`,
      ),
      `load average at this figure's start ${loadAtStart}, end ${loadAverage()}`,
    ],
  };
}

/** A browser with the extension whose cache holds `rows`: team.html opened once creates the database, then the rows go in. */
export async function seededArm(
  server: DemoServer,
  label: string,
  size: TeamWorldSize,
  rows: ReturnType<typeof teamWorld>,
): Promise<Arm> {
  const browser = await launchBrowser({ server });
  try {
    await browser.context.addInitScript({ content: WATCH_TEAM_PAGE });
    const worker = await backgroundWorker(browser.context);
    const url = `chrome-extension://${new URL(worker.url()).host}/team.html`;
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('[data-team-view="empty"]').waitFor({ timeout: 60_000 });
    await page.close();
    const client = await inServiceWorker(worker);
    await client.seed(EXTENSION_DB, { ...rows, deals: [] });
    await client.seedDeals(EXTENSION_DB, rows.deals);
    const cached = await client.countActivities(EXTENSION_DB);
    return { label, size, browser, url, cached, complete: [], longest: [] };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** One load of the team page in a new tab: navigation → complete render, and the longest task before it. */
export async function openTeamPage(arm: Arm): Promise<{ completeMs: number; longestTaskMs: number }> {
  const page = await arm.browser.context.newPage();
  try {
    await page.goto(arm.url);
    await page.waitForFunction(
      () => 'completeAt' in ((window as { touchlineTeamBench?: object }).touchlineTeamBench ?? {}),
      null,
      {
        polling: 250,
        timeout: COMPLETE_TIMEOUT_MS,
      },
    );
    return await page.evaluate(() => {
      const seen = (window as unknown as { touchlineTeamBench: { completeAt: number; tasks: [number, number][] } })
        .touchlineTeamBench;
      const before = seen.tasks.filter(([start]) => start < seen.completeAt).map(([, duration]) => duration);
      return { completeMs: seen.completeAt, longestTaskMs: before.length === 0 ? 0 : Math.max(...before) };
    });
  } finally {
    await page.close();
  }
}
