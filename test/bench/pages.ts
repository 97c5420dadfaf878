import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { PANEL } from '../browser/harness';

/** How often page-side waits look: rare enough that polling adds next to no main-thread work. */
const POLL_MS = 100;
const TIMEOUT_MS = 30_000;

export interface OpenPage {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A new tab with its own CDP session, before any navigation (so metrics cover the whole load). */
export async function newTab(context: BrowserContext): Promise<OpenPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return {
    page,
    cdp,
    close: async () => {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

/** The demo SPA (test/demo-crm/spa.ts) marks <html> once the route's record data has rendered. */
export async function waitForPageReady(page: Page, path: string): Promise<void> {
  await page.waitForFunction(
    (p) => document.documentElement.dataset.demoPhase === 'ready' && document.documentElement.dataset.demoPath === p,
    path,
    { polling: POLL_MS, timeout: TIMEOUT_MS },
  );
}

/** Runs in the page: the panel shows a ready view of the record whose key ends with `suffix`. */
const showsRecord = ([host, suffix]: readonly [string, string]): boolean => {
  const root = document.querySelector(host)?.shadowRoot?.querySelector('.touchline-root[data-state="ready"]');
  return root?.getAttribute('data-record')?.endsWith(suffix) ?? false;
};

/** The panel shows a view of the record whose key ends with `recordSuffix` (e.g. `:contact:901`). */
export function panelShows(page: Page, recordSuffix: string): Promise<boolean> {
  return page.evaluate(showsRecord, [PANEL, recordSuffix] as const);
}

export async function waitForRecordPanel(page: Page, recordSuffix: string): Promise<void> {
  await page.waitForFunction(showsRecord, [PANEL, recordSuffix] as const, { polling: POLL_MS, timeout: TIMEOUT_MS });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** A client-side route change, as a user makes it: a click on an in-app link to `path`. */
export async function followLink(page: Page, path: string): Promise<void> {
  const clicked = await page.evaluate((p) => {
    const link = document.querySelector<HTMLAnchorElement>(`a[href="${p}"]`);
    link?.click();
    return link !== null;
  }, path);
  if (!clicked) throw new Error(`no link to ${path} on the page`);
}
