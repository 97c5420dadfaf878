import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { PANEL, waitForPanel } from '../test/browser/harness';
import { type TourStop, tourStop } from '../test/demo-crm/tour';

/** The size both stores ask for. */
const STORE_SIZE = { width: 1280, height: 800 };

/** The stops the store listing shows: a contact with the panel, and a deal with the panel. */
const STORE_STOPS = { contact: 'hubspot-contact', deal: 'salesforce-deal' } as const;

/**
 * Writes demo-output/store-contact.png and store-deal.png (1280×800, the page with the panel),
 * and the panel alone in dark mode (prefers-color-scheme emulated) as <stop>-dark.png.
 */
export async function saveStoreScreenshots(context: BrowserContext, tour: TourStop[], outDir: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  try {
    for (const [kind, name] of Object.entries(STORE_STOPS)) {
      const stop = tourStop(tour, name);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(stop.url);
      await waitForPanel(page);
      await page.waitForTimeout(300);
      const storeFile = resolve(outDir, `store-${kind}.png`);
      await page.screenshot({ path: storeFile });
      console.log(`${`store-${kind}`.padEnd(18)} ${stop.url}\n${''.padEnd(18)} → ${storeFile}`);

      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForTimeout(100);
      const darkFile = resolve(outDir, `${name}-dark.png`);
      await page.locator(`${PANEL} .tl-panel`).screenshot({ path: darkFile });
      console.log(`${`${name}-dark`.padEnd(18)} → ${darkFile}`);
    }
  } finally {
    await page.close();
  }
}
