import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DemoServer } from '../browser/demo-server';
import { EXTENSION_DIR, launchBrowser } from '../browser/harness';
import { demoTour } from '../demo-crm/tour';
import { builtManifest } from './extension';
import { newTab } from './pages';
import type { Figure } from './report';

export const CONTENT_SCRIPT_TARGET_KB = 25;
const CHART_CHUNK = 'trend-chart.js';
const TIMEOUT_MS = 30_000;
/** Time for chunks fetched just after ready to show up, so they are listed as later loads. */
const AFTER_READY_MS = 1000;

/**
 * Notes the wall-clock moment the panel first shows numbers, in the page itself: a mutation
 * observer reacts in the same task as the change, where a poll from the bench would come later
 * and count chunks fetched just after ready as before it. A string, so no transform touches it.
 */
const WATCH_READY = `(() => {
  const watched = new WeakSet();
  const check = (root) => {
    if ('touchlineReadyAt' in window) return;
    if (root.querySelector('.touchline-root[data-state="ready"]')) window.touchlineReadyAt = performance.timeOrigin + performance.now();
  };
  const look = () => {
    const shadow = document.querySelector('touchline-panel')?.shadowRoot;
    if (!shadow) return;
    check(shadow);
    if (watched.has(shadow)) return;
    watched.add(shadow);
    new MutationObserver(() => check(shadow)).observe(shadow, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true });
})();`;

/** Gzipped size in KB (1,024 bytes) at gzip's default level, as servers and stores compress. */
function gzipKb(file: string): number {
  return gzipSync(readFileSync(join(EXTENSION_DIR, file))).length / 1024;
}

interface PageLoad {
  name: string;
  files: { file: string; kb: number }[];
  kb: number;
}

/**
 * content_script_gzip_kb = max over the demo tour's record pages (contact and deal of each CRM)
 * of the summed gzipped size of the JavaScript the page loads before the panel first shows
 * numbers (`data-state="ready"`): the content script the built manifest injects there, plus every
 * file of the extension the page fetches before that moment (lazily imported chunks), seen as
 * requests to chrome-extension:// URLs over CDP. Later chunks (the full panel, the chart) and
 * the panel CSS are listed, not counted.
 * chart_chunk_gzip_kb = gzipped size of the lazily loaded chart chunk (trend-chart.js), without a target.
 */
export async function bundleSizes(server: DemoServer): Promise<Figure[]> {
  const entries = builtManifest().content_scripts ?? [];
  if (entries.length === 0) throw new Error('the built manifest has no content_scripts');
  // The real clock: request times (CDP wallTime) and the page's clock must be one clock.
  const browser = await launchBrowser({ server, fixedClock: false });
  await browser.context.addInitScript({ content: WATCH_READY });
  const loads: PageLoad[] = [];
  const later = new Set<string>();
  try {
    for (const stop of demoTour(server.world)) {
      const host = new URL(stop.url).hostname;
      const injected = entries.find((e) => e.matches.some((m) => hostMatches(m, host)))?.js ?? [];
      const tab = await newTab(browser.context);
      try {
        const requests: { file: string; atMs: number }[] = [];
        tab.cdp.on('Network.requestWillBeSent', (event) => {
          const url = new URL(event.request.url);
          if (url.protocol === 'chrome-extension:')
            requests.push({ file: url.pathname.replace(/^\//, ''), atMs: event.wallTime * 1000 });
        });
        await tab.cdp.send('Network.enable');
        await tab.page.goto(stop.url);
        await tab.page.waitForFunction(() => 'touchlineReadyAt' in window, null, { timeout: TIMEOUT_MS });
        await tab.page.waitForTimeout(AFTER_READY_MS);
        const readyAt = await tab.page.evaluate(
          () => (window as unknown as { touchlineReadyAt: number }).touchlineReadyAt,
        );
        const before = requests.filter((r) => r.atMs <= readyAt && r.file.endsWith('.js')).map((r) => r.file);
        for (const r of requests) if (r.atMs > readyAt) later.add(r.file);
        const files = [...new Set([...injected, ...before])].map((file) => ({ file, kb: gzipKb(file) }));
        loads.push({ name: stop.name, files, kb: files.reduce((sum, f) => sum + f.kb, 0) });
      } finally {
        await tab.close();
      }
    }
  } finally {
    await browser.close();
  }
  const largest = loads.reduce((a, b) => (b.kb > a.kb ? b : a));
  const css = (builtManifest().web_accessible_resources ?? [])
    .flatMap((r) => r.resources)
    .filter((file) => file.startsWith('content-scripts/') && file.endsWith('.css'));
  return [
    {
      name: 'content_script_gzip_kb',
      value: largest.kb,
      target: CONTENT_SCRIPT_TARGET_KB,
      digits: 1,
      detail: `largest of ${loads.length} record pages: ${largest.name}, ${largest.files.map((f) => f.file).join(' + ')}`,
      notes: [
        ...loads.map((load) => `${load.name}: ${load.files.map((f) => `${f.file} ${f.kb.toFixed(1)} KB`).join(' + ')}`),
        `fetched after ready (not counted): ${[...later].map((f) => `${f} ${gzipKb(f).toFixed(1)} KB`).join(', ') || 'none'}`,
        ...css.map((file) => `panel CSS fetched into the shadow root: ${file} ${gzipKb(file).toFixed(1)} KB`),
      ],
    },
    {
      name: 'chart_chunk_gzip_kb',
      value: gzipKb(CHART_CHUNK),
      digits: 1,
      detail: `${CHART_CHUNK}, loaded only when a chart is opened`,
    },
  ];
}

/** A manifest match pattern such as `https://*.hubspot.com/*` against a host name. */
function hostMatches(pattern: string, host: string): boolean {
  const patternHost = pattern.match(/^[^:]+:\/\/([^/]+)\//)?.[1] ?? '';
  if (patternHost.startsWith('*.')) return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));
  return host === patternHost;
}
