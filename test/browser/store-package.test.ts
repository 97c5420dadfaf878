import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium';
import { EXTENSION_DIR } from './harness';
import { unzip } from './unzip';

/**
 * Issue 12, part 2: the Chrome archive `npm run zip` makes is what the browser tests test, and it
 * loads in Chromium unpacked, icons and all.
 */
const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { name: string; version: string };
const ARCHIVE = resolve('.output', `${pkg.name}-${pkg.version}-chrome.zip`);

let files: Map<string, Buffer>;
let unpacked: string;
let context: BrowserContext | undefined;

beforeAll(() => {
  // `wxt zip` builds .output/chrome-mv3 again, the same way `npm run test:browser` just did, and zips it.
  execFileSync('npx', ['wxt', 'zip'], { stdio: 'ignore' });
  files = unzip(readFileSync(ARCHIVE));
  unpacked = mkdtempSync(join(tmpdir(), 'touchline-zip-'));
  for (const [name, data] of files) {
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), data);
  }
});

afterAll(async () => {
  await context?.close();
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the Chrome store archive', () => {
  it('holds exactly the build the browser tests load, icons included', () => {
    expect([...files.keys()].sort()).toEqual(listFiles(EXTENSION_DIR));
    for (const [name, data] of files) expect(data.equals(readFileSync(join(EXTENSION_DIR, name))), name).toBe(true);
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}');
    expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '96', '128']);
    for (const icon of Object.values<string>(manifest.icons)) expect(files.has(icon), icon).toBe(true);
  });

  it('loads in Chromium unpacked: the background starts and the extension pages open', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'touchline-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        `--disable-extensions-except=${unpacked}`,
        `--load-extension=${unpacked}`,
      ],
      ignoreDefaultArgs: ['--disable-extensions'],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/capture.html`);
    const loaded = await page.evaluate(() => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome
        .runtime;
      return runtime.getManifest().name;
    });
    expect(loaded).toBe('Touchline');
    await context.close();
    context = undefined;
    rmSync(profile, { recursive: true, force: true });
  });
});
