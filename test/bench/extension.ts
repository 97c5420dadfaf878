import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { EXTENSION_DIR } from '../browser/harness';

/** The built manifest (`wxt build` output the browsers load). */
export function builtManifest(): {
  name: string;
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
} {
  return JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
}

/** The extension's background service worker in this browser. */
export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker', { timeout: 20_000 });
}
