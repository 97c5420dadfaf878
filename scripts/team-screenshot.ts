import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/**
 * Saves the team page over what the tour's panels read into the cache (issue 14): the page a
 * manager opens from the panel's header, shown once every figure and the first deal rows are in.
 */
export async function saveTeamScreenshot(context: BrowserContext, outDir: string): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = `chrome-extension://${new URL(worker.url()).host}/team.html`;
  await page.goto(url);
  await page.locator('[data-team-view="ready"]').waitFor({ timeout: 60_000 });
  // Chart.js grows its bars and lines for a moment after the first render.
  await page.waitForTimeout(1500);
  const file = resolve(outDir, 'team.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`${'team'.padEnd(18)} ${url}\n${''.padEnd(18)} → ${file}`);
  await page.close();
}
