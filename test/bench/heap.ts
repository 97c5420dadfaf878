import type { CDPSession, Page } from 'playwright-core';
import type { DemoServer } from '../browser/demo-server';
import { launchBrowser, type TestBrowser } from '../browser/harness';
import { followLink, newTab, waitForPageReady, waitForRecordPanel } from './pages';
import { type Figure, mb } from './report';
import { median, spread } from './stats';
import { hubspotUrl, linkedRoutes, type RecordRoute } from './worlds';

export const HEAP_ADDED_TARGET_MB = 3;
export const HEAP_GROWTH_TARGET_MB = 0.5;
const ROUNDS = 5;
const WARM_UP = 1;
const ROUTE_CHANGES = 10;
/** Records visited in turn: a contact, a deal and two other contacts. */
const ROUTES = 4;
const MB = 1_048_576;

interface Run {
  /** JS heap after forced GC, after the 2nd and after the 10th route change (bytes). */
  second: number;
  tenth: number;
}

/**
 * heap_mb_added = median(H10_with) - median(H10_without), where H10 is the page's JS heap (CDP
 * Runtime.getHeapUsage usedSize: the renderer's V8 isolate, so the page and the content script's
 * isolated world together) after a forced garbage collection (HeapProfiler.collectGarbage),
 * after ten in-app route changes between four HubSpot demo records (each waits for the page and,
 * with the extension, for the panel to show the new record).
 * heap_growth_mb_added = median(H10 - H2)_with - median(H10 - H2)_without: what keeps growing
 * from the 2nd to the 10th change (leaked observers, charts, listeners), net of the page's own
 * cached views. One warm-up run per browser, then runs alternating with and without.
 */
export async function heapFigures(server: DemoServer): Promise<Figure[]> {
  const routes = linkedRoutes(server.world, ROUTES);
  const withExt = await launchBrowser({ server });
  const without = await launchBrowser({ server, extension: false });
  const runs = { with: [] as Run[], without: [] as Run[] };
  try {
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      const a = await heapRun(withExt, routes, true);
      const b = await heapRun(without, routes, false);
      if (round < WARM_UP) continue;
      runs.with.push(a);
      runs.without.push(b);
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  const growth = (r: Run) => r.tenth - r.second;
  const tenth = { with: runs.with.map((r) => r.tenth), without: runs.without.map((r) => r.tenth) };
  const grown = { with: runs.with.map(growth), without: runs.without.map(growth) };
  return [
    {
      name: 'heap_mb_added',
      value: (median(tenth.with) - median(tenth.without)) / MB,
      target: HEAP_ADDED_TARGET_MB,
      digits: 2,
      detail: `with ${mb(median(tenth.with))} (${spreadMb(tenth.with)}), without ${mb(median(tenth.without))} (${spreadMb(tenth.without)})`,
    },
    {
      name: 'heap_growth_mb_added',
      value: (median(grown.with) - median(grown.without)) / MB,
      target: HEAP_GROWTH_TARGET_MB,
      digits: 2,
      detail: `2nd → 10th change: with ${mb(median(grown.with))} (${spreadMb(grown.with)}), without ${mb(median(grown.without))} (${spreadMb(grown.without)})`,
    },
  ];
}

function spreadMb(values: number[]): string {
  return `${spread(
    values.map((v) => v / MB),
    2,
  )} MB`;
}

async function heapRun(browser: TestBrowser, routes: RecordRoute[], extension: boolean): Promise<Run> {
  const tab = await newTab(browser.context);
  try {
    const first = routes[0] as RecordRoute;
    await tab.page.goto(hubspotUrl(first.path));
    await arrived(tab.page, first, extension);
    const heap: number[] = [];
    for (let change = 1; change <= ROUTE_CHANGES; change++) {
      const next = routes[change % routes.length] as RecordRoute;
      await followLink(tab.page, next.path);
      await arrived(tab.page, next, extension);
      if (change === 2 || change === ROUTE_CHANGES) heap.push(await heapAfterGc(tab.cdp));
    }
    return { second: heap[0] as number, tenth: heap[1] as number };
  } finally {
    await tab.close();
  }
}

async function arrived(page: Page, route: RecordRoute, extension: boolean) {
  await waitForPageReady(page, route.path);
  if (extension) await waitForRecordPanel(page, route.keySuffix);
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
