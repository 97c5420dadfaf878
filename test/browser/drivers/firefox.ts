import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import type { DemoServer } from '../demo-server';
import { pacScript, startConnectProxy } from './connect-proxy';
import type { DrivenBrowser, TestTab } from './driver';
import { firefoxClockEnv } from './firefox-clock';

const LOG = Boolean(process.env.TOUCHLINE_BROWSER_LOG);

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

/** Debian's Firefox ESR (`FIREFOX_PATH` to point elsewhere). Never downloads a browser. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string =>
    Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    "No Firefox found. Touchline never downloads a browser: install Debian's with `sudo apt-get install firefox-esr` (or set FIREFOX_PATH).",
  );
}

/**
 * Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the Firefox build installed as a
 * temporary add-on. The CRM host names reach the demo server through a PAC file and a local
 * CONNECT proxy set in this throwaway profile's prefs; the demo's self-signed certificate is
 * accepted by this session alone (`acceptInsecureCerts`), not by any other profile. The clock
 * starts at `clockStart` under libfaketime, as Chromium's does.
 */
export async function launchFirefox(server: DemoServer, clockStart: string): Promise<DrivenBrowser> {
  const proxy = await startConnectProxy(server.port);
  const dir = mkdtempSync(join(tmpdir(), 'touchline-firefox-'));
  const pac = join(dir, 'crm-hosts.pac');
  writeFileSync(pac, pacScript(server.hosts, proxy.port));
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      acceptInsecureCerts: true,
      timeout: 180_000,
      protocolTimeout: 120_000,
      defaultViewport: { width: 1440, height: 900 },
      // TOUCHLINE_BROWSER_LOG=1 prints the browser's console (the extension's background included) to stdout.
      dumpio: LOG,
      extraPrefsFirefox: {
        'devtools.console.stdout.content': LOG,
        'devtools.console.stdout.chrome': LOG,
        'network.proxy.type': 2,
        'network.proxy.autoconfig_url': `file://${pac}`,
        'intl.accept_languages': 'en-US',
      },
      env: { ...process.env, ...firefoxClockEnv(clockStart) },
    })
    .catch(async (error: unknown) => {
      await proxy.close();
      throw error;
    });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    name: 'firefox',
    newTab: async () => tabOf(await browser.newPage()),
    async close() {
      // Firefox over BiDi sometimes never answers the close: after 20 s the process is killed,
      // so a suite whose tests all passed does not fail on its teardown.
      const quit = browser.close().catch(() => undefined);
      const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 20_000).unref());
      if ((await Promise.race([quit, late])) === 'late') browser.process()?.kill('SIGKILL');
      await proxy.close();
      rmSync(dir, { recursive: true, force: true });
    },
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
    run: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    close: () => page.close(),
  };
}
