import { cpus, loadavg, totalmem } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { findChromium } from '../browser/chromium';

/** What the figures were measured on: they mean little without it. */
/** `load` is the 1, 5 and 15 minute load averages as printed (a quiet machine is below 1 at the start). */
export async function describeMachine(context: BrowserContext, load: string): Promise<string> {
  const cores = cpus();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return [
      `machine: ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
      `browser: Chromium ${product.split('/')[1] ?? product} (${findChromium()}, headless), Node ${process.versions.node}`,
      `load average at start: ${load} (1, 5, 15 min; quiet below 1; the machine may be shared: compare figures with their A/A lines)`,
    ].join('\n');
  } finally {
    await page.close();
  }
}

/** The 1, 5 and 15 minute load averages as the figures print them. */
export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}
