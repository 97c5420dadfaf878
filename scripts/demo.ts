import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFaketime } from '../test/browser/chromium';
import { startDemoServer } from '../test/browser/demo-server';
import { launchBrowser, waitForPanel } from '../test/browser/harness';
import { demoTour } from '../test/demo-crm/tour';
import { FIXED_NOW } from '../test/demo-crm/world';
import { saveStoreScreenshots } from './store-screenshots';
import { saveTeamScreenshot } from './team-screenshot';

/**
 * Shows Touchline on the bundled demo CRMs. With a display, opens Chromium on the first demo
 * contact page; without one, saves screenshots of a contact and a deal page per CRM, and of
 * each CRM's contact page in German; then the team page over what those pages read, the store
 * screenshots and the panel in dark mode.
 */
async function main(): Promise<void> {
  // With libfaketime the browser runs at the fixtures' clock; without it the demo history ends now.
  const fixedClock = findFaketime() !== undefined;
  const server = await startDemoServer({ now: fixedClock ? FIXED_NOW : new Date().toISOString() });
  const headless = !process.env.DISPLAY;
  const browser = await launchBrowser({ server, fixedClock, headless });
  try {
    const tour = demoTour(server.world);
    if (!headless) {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(tour[0]?.url ?? '');
      console.log('Touchline is running on the demo CRM. Close the browser window to stop.');
      await new Promise((done) => browser.context.on('close', done));
      return;
    }
    const outDir = resolve('demo-output');
    mkdirSync(outDir, { recursive: true });
    const page = await browser.context.newPage();
    // A German page per CRM too (the demo's ?lang=de), so a non-English page is seen as well.
    const german = tour
      .filter((stop) => stop.name.endsWith('-contact'))
      .map((stop) => ({ name: `${stop.name}-de`, url: `${stop.url}?lang=de` }));
    for (const stop of [...tour, ...german]) {
      await page.goto(stop.url);
      await waitForPanel(page);
      await page.waitForTimeout(300);
      const file = resolve(outDir, `${stop.name}.png`);
      await page.screenshot({ path: file });
      console.log(`${stop.name.padEnd(18)} ${stop.url}\n${''.padEnd(18)} → ${file}`);
    }
    await saveTeamScreenshot(browser.context, outDir);
    await saveStoreScreenshots(browser.context, tour, outDir);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
