import type { Page } from 'playwright-core';
import type { DemoServer } from '../demo-server';
import { launchBrowser } from '../harness';
import type { DrivenBrowser, TestTab } from './driver';

/** Chromium through the existing Playwright harness (host rules, faketime, the unpacked build). */
export async function launchChromium(server: DemoServer, clockStart: string): Promise<DrivenBrowser> {
  const browser = await launchBrowser({ server, clockStart });
  return {
    name: 'chromium',
    newTab: async () => tabOf(await browser.context.newPage()),
    close: () => browser.close(),
  };
}

function tabOf(page: Page): TestTab {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    url: () => page.url(),
    run: (expression) => page.evaluate(expression),
    close: () => page.close(),
  };
}
