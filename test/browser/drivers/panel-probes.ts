import { AXE_SOURCE } from '../accessibility-checks';
import type { TestTab } from './driver';

/** The panel's shadow root as a page expression (the panel's root is open, so the page can read it). */
const ROOT = `document.querySelector('touchline-panel')?.shadowRoot`;

export interface PanelShown {
  state: string;
  record: string | null;
  /** `first` while only the first numbers are drawn, `all` once the whole panel replaced them. */
  parts: string | null;
}

export const panelShown = (tab: TestTab) =>
  tab.run<PanelShown>(`(() => {
    const root = ${ROOT}?.querySelector('.touchline-root');
    return { state: root?.getAttribute('data-state') ?? 'none', record: root?.getAttribute('data-record') ?? null, parts: root?.getAttribute('data-parts') ?? null };
  })()`);

/** Every `data-metric` in the panel as { metric: data-value }. */
export const panelMetrics = (tab: TestTab) =>
  tab.run<Record<string, string>>(`(() => {
    const values = {};
    for (const el of ${ROOT}?.querySelectorAll('[data-metric]') ?? []) values[el.getAttribute('data-metric')] = el.getAttribute('data-value') ?? '';
    return values;
  })()`);

/** Clicks the first element in the panel matching `selector` (and whose text contains `text`); false when none. */
export const clickInPanel = (tab: TestTab, selector: string, text = '') =>
  tab.run<boolean>(`(() => {
    const el = [...(${ROOT}?.querySelectorAll(${JSON.stringify(selector)}) ?? [])]
      .find((e) => e.textContent.includes(${JSON.stringify(text)}));
    el?.click();
    return Boolean(el);
  })()`);

export const countInPanel = (tab: TestTab, selector: string) =>
  tab.run<number>(`${ROOT}?.querySelectorAll(${JSON.stringify(selector)}).length ?? 0`);

/** Polls `read` until `done` holds; on a timeout, says what was last seen. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read().catch(() => undefined);
    if (last !== undefined && done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Gave up after ${timeout} ms; last seen: ${JSON.stringify(last)?.slice(0, 400)}`);
}

export const isWhole = (shown: PanelShown) => shown.state === 'ready' && shown.parts === 'all';

/** Opens a record page and waits until the whole panel shows it. */
export async function openRecord(tab: TestTab, url: string): Promise<PanelShown> {
  await tab.goto(url);
  return until(() => panelShown(tab), isWhole, 45_000);
}

/** axe-core's serious and critical violations inside the panel's shadow root, as `rule: target` lines. */
export async function panelAxeBlocking(tab: TestTab): Promise<string[]> {
  await tab.run(AXE_SOURCE);
  return tab.run<string[]>(`(async () => {
    const results = await axe.run({ include: [['touchline-panel']] }, { resultTypes: ['violations'] });
    return results.violations
      .filter((r) => r.impact === 'serious' || r.impact === 'critical')
      .flatMap((r) => r.nodes.map((n) => r.id + ': ' + JSON.stringify(n.target)));
  })()`);
}
