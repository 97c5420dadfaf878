import { cpus, loadavg, totalmem } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { findChromium } from '../browser/chromium';

/** What the figures were measured on: they mean little without it. */
export async function describeMachine(context: BrowserContext): Promise<string> {
  const cores = cpus();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    return [
      `machine: ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
      `browser: Chromium ${product.split('/')[1] ?? product} (${findChromium()}, headless), Node ${process.versions.node}`,
      `load average at start: ${load} (the machine may be shared: compare figures with the noise lines)`,
    ].join('\n');
  } finally {
    await page.close();
  }
}
