import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { FIXED_NOW } from '../demo-crm/world';
import { findChromium, findFaketime } from './chromium';
import type { DemoServer } from './demo-server';

/** The built extension; TOUCHLINE_EXTENSION_DIR points elsewhere (a copy the bench keeps while others rebuild). */
export const EXTENSION_DIR =
  process.env.TOUCHLINE_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchOptions {
  server: DemoServer;
  /** Load the built extension (default true). */
  extension?: boolean;
  /** Run Chromium at contracts.md's fixed clock under libfaketime (default true). */
  fixedClock?: boolean;
  /** Where the fixed clock starts (default contracts.md's `FIXED_NOW`); it runs on from there. */
  clockStart?: string;
  headless?: boolean;
  /** Reuse a profile (e.g. to test that data survives a browser restart). */
  userDataDir?: string;
}

export interface TestBrowser {
  context: BrowserContext;
  userDataDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Flags this closed network needs, and the mapping of the CRMs' real host names to the demo server. */
function chromiumArgs(options: LaunchOptions): string[] {
  const rules = options.server.hosts.map((host) => `MAP ${host} 127.0.0.1:${options.server.port}`).join(', ');
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    `--host-resolver-rules=${rules}, EXCLUDE localhost`,
    `--ignore-certificate-errors-spki-list=${options.server.spki}`,
  ];
  if (options.extension !== false) {
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  }
  return args;
}

function clockEnv(fixedClock: boolean, start: string): Record<string, string> {
  if (!fixedClock) return {};
  const preload = findFaketime();
  if (!preload) throw new Error('Browser tests run at a fixed clock: install it with `sudo apt-get install faketime`.');
  return { ...faketimeVariables(start), LD_PRELOAD: preload };
}

/** libfaketime's settings for a clock that starts at `start` and runs on, in every child process alike. */
export function faketimeVariables(start: string): Record<string, string> {
  const at = new Date(start)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '');
  return { FAKETIME: `@${at}`, TZ: 'UTC', FAKETIME_DONT_RESET: '1' };
}

export async function launchBrowser(options: LaunchOptions): Promise<TestBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'touchline-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: chromiumArgs(options),
    ignoreDefaultArgs: ['--disable-extensions'],
    env: { ...process.env, ...clockEnv(options.fixedClock ?? true, options.clockStart ?? FIXED_NOW) } as Record<
      string,
      string
    >,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  return {
    context,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close().catch(() => undefined);
      if (!keepProfile && !options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** How much slower the slow-page test and bench run a page's renderer (issue 11: "CPU throttled 4×"). */
export const SLOW_PAGE_CPU_RATE = 4;

/**
 * Slows the main thread of the tab behind `cdp` `rate`× through the DevTools protocol; the tab
 * stays slowed across its navigations. Chromium only (Firefox has no such command). Launch such a
 * browser with `fixedClock: false`: Chromium's throttler suspends the main thread from a signal
 * handler that spins on the clock, and under libfaketime the throttled renderer stalls for minutes.
 */
export async function throttleCpu(cdp: CDPSession, rate = SLOW_PAGE_CPU_RATE): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export function crmUrl(host: string, path: string): string {
  return `https://${host}${path}`;
}

/** The panel's open shadow root host. Playwright's CSS engine pierces open shadow roots. */
export const PANEL = 'touchline-panel';

/** Reads every `data-metric` in the panel as { metric: data-value }. */
export async function readMetrics(page: Page): Promise<Record<string, string>> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    const values: Record<string, string> = {};
    for (const el of Array.from(root?.querySelectorAll('[data-metric]') ?? [])) {
      values[el.getAttribute('data-metric') ?? ''] = el.getAttribute('data-value') ?? '';
    }
    return values;
  }, PANEL);
}

/**
 * Waits until the whole panel shows a record. On a timeout, says what the panel shows instead
 * (state and text), which is what a failing run needs to be understood.
 */
export async function waitForPanel(page: Page, timeout = 30_000): Promise<void> {
  try {
    // `data-parts="all"`: the whole panel has replaced the first numbers (lib/content/panel-shell.ts).
    await page.locator(`${PANEL} [data-state="ready"][data-parts="all"]`).waitFor({ timeout });
  } catch (error) {
    const shown = await page
      .evaluate(`(() => {
        const root = document.querySelector('${PANEL}')?.shadowRoot?.querySelector('.touchline-root');
        return root ? root.getAttribute('data-state') + ': ' + root.textContent : 'no panel on the page';
      })()`)
      .catch(() => 'page unavailable');
    throw new Error(`The panel never showed a record at ${page.url()}; it shows ${String(shown).slice(0, 400)}`, {
      cause: error,
    });
  }
}
