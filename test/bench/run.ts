import { type DemoServer, startDemoServer } from '../browser/demo-server';
import { launchBrowser } from '../browser/harness';
import { FIXED_NOW } from '../demo-crm/world';
import { adapterReadScaling } from './adapter-read';
import { bundleSizes } from './bundle-size';
import { csvImportRatio } from './csv-import';
import { dealViewFlatness } from './deal-view';
import { heapFigures } from './heap';
import { hostOverhead } from './host-overhead';
import { ingestRatio } from './ingest';
import { longestTask } from './longest-task';
import { describeMachine, loadAverage } from './machine';
import { panelReadFlatness } from './panel-read';
import { repActivityTime } from './rep-activity';
import { type Figure, formatFigure, verdict } from './report';
import { type ScaleData, scaleData } from './scale-data';
import { slowPageInputBlocked } from './slow-page';
import { teamPageFlatness } from './team-page';
import { PAGE_WORLD } from './worlds';

/** What a figure needs: the busy CRM page, the light demo, and the scale history (built once). */
interface Needs {
  page(): Promise<DemoServer>;
  light(): Promise<DemoServer>;
  scale(): ScaleData;
}

/** Every figure group in the order `npm run bench` runs them, by the names it prints. */
const GROUPS: { names: string[]; measure(needs: Needs): Promise<Figure | Figure[]> | Figure | Figure[] }[] = [
  { names: ['content_script_gzip_kb', 'chart_chunk_gzip_kb'], measure: async (n) => bundleSizes(await n.light()) },
  { names: ['rep_activity_100k_ms'], measure: () => repActivityTime() },
  { names: ['adapter_read_scaling'], measure: async (n) => adapterReadScaling(await n.light()) },
  { names: ['host_overhead'], measure: async (n) => hostOverhead(await n.page()) },
  { names: ['longest_task_ms_added'], measure: async (n) => longestTask(await n.page()) },
  { names: ['slow_page_input_blocked_ms'], measure: () => slowPageInputBlocked() },
  { names: ['heap_mb_added', 'heap_growth_mb_added'], measure: async (n) => heapFigures(await n.page()) },
  { names: ['panel_read_flatness'], measure: async (n) => panelReadFlatness(await n.light(), n.scale()) },
  { names: ['deal_view_flatness'], measure: async (n) => dealViewFlatness(await n.light()) },
  { names: ['team_page_flatness'], measure: async (n) => teamPageFlatness(await n.light()) },
  { names: ['ingest_ratio'], measure: async (n) => ingestRatio(await n.light(), n.scale()) },
  { names: ['csv_import_ratio'], measure: async (n) => csvImportRatio(await n.light(), n.scale()) },
];

/**
 * `npm run bench [-- figure …]`: Touchline's cost on the CRM page and at scale, measured in real
 * Chromium with the browser-test harness (issue 6). One line per figure, `name: value target ≤ T
 * OK|OVER`, with its spread; each figure's formula is documented where it is measured.
 * Comparisons run side by side in one run, alternating, as medians after a warm-up. Names given
 * after `--` run only those figures' groups. Not part of `npm test`.
 */
async function main(selected: string[]): Promise<void> {
  const unknown = selected.filter((name) => !GROUPS.some((g) => g.names.includes(name)));
  if (unknown.length > 0)
    throw new Error(`unknown figure(s) ${unknown.join(', ')}; known: ${GROUPS.flatMap((g) => g.names).join(', ')}`);
  const groups = selected.length === 0 ? GROUPS : GROUPS.filter((g) => g.names.some((n) => selected.includes(n)));
  const started = Date.now();
  const servers = new Map<string, Promise<DemoServer>>();
  const server = (name: string, start: () => Promise<DemoServer>) => {
    const running = servers.get(name) ?? start();
    servers.set(name, running);
    return running;
  };
  let scale: ScaleData | undefined;
  const needs: Needs = {
    // The page figures run on a CRM page doing realistic work; the scale figures only need a page
    // to host the content script, and take the light demo world.
    page: () => server('page', () => startDemoServer(PAGE_WORLD)),
    light: () => server('light', () => startDemoServer({ now: FIXED_NOW })),
    scale: () => {
      scale ??= scaleData();
      return scale;
    },
  };
  const figures: Figure[] = [];
  try {
    console.log(await machine(await needs.light()));
    for (const group of groups) {
      for (const figure of [await group.measure(needs)].flat()) {
        figures.push(figure);
        console.log(formatFigure(figure));
      }
    }
  } finally {
    for (const running of servers.values()) await (await running).close();
  }
  const over = figures.filter((f) => verdict(f) === 'OVER').map((f) => f.name);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`load average at end: ${loadAverage()}`);
  console.log(
    `${over.length === 0 ? 'all figures within target' : `OVER target: ${over.join(', ')}`} (bench took ${seconds} s)`,
  );
}

async function machine(server: DemoServer): Promise<string> {
  const browser = await launchBrowser({ server, extension: false });
  try {
    return await describeMachine(browser.context, loadAverage());
  } finally {
    await browser.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
