import { type DemoServer, startDemoServer } from '../browser/demo-server';
import { launchBrowser } from '../browser/harness';
import { FIXED_NOW } from '../demo-crm/world';
import { bundleSizes } from './bundle-size';
import { heapFigures } from './heap';
import { hostOverhead } from './host-overhead';
import { ingestRatio } from './ingest';
import { longestTask } from './longest-task';
import { describeMachine } from './machine';
import { panelReadFlatness } from './panel-read';
import { repActivityTime } from './rep-activity';
import { type Figure, formatFigure, verdict } from './report';
import { scaleData } from './scale-data';
import { PAGE_WORLD } from './worlds';

/**
 * `npm run bench`: Touchline's cost on the CRM page and at scale, measured in real Chromium with
 * the browser-test harness (issue 6). One line per figure, `name: value target ≤ T OK|OVER`,
 * with its spread; each figure's formula is documented where it is measured. Comparisons run
 * side by side in one run, alternating, as medians after a warm-up. Not part of `npm test`.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const servers: DemoServer[] = [];
  const figures: Figure[] = [];
  const report = (found: Figure | Figure[]) => {
    for (const figure of [found].flat()) {
      figures.push(figure);
      console.log(formatFigure(figure));
    }
  };
  try {
    // The page figures run on a CRM page doing realistic work; the scale figures only need a page
    // to host the content script, and take the light demo world.
    const page = await startDemoServer(PAGE_WORLD);
    const light = await startDemoServer({ now: FIXED_NOW });
    servers.push(page, light);
    console.log(await machine(page));
    report(bundleSizes());
    report(repActivityTime());
    report(await hostOverhead(page));
    report(await longestTask(page));
    report(await heapFigures(page));
    const scale = scaleData();
    report(await panelReadFlatness(light, scale));
    report(await ingestRatio(light, scale));
  } finally {
    for (const server of servers) await server.close();
  }
  const over = figures.filter((f) => verdict(f) === 'OVER').map((f) => f.name);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `${over.length === 0 ? 'all figures within target' : `OVER target: ${over.join(', ')}`} (bench took ${seconds} s)`,
  );
}

async function machine(server: DemoServer): Promise<string> {
  const browser = await launchBrowser({ server, extension: false });
  try {
    return await describeMachine(browser.context);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
