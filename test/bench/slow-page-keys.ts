import type { CDPSession, Page } from 'playwright-core';

/** One key press as the page saw it: when the browser made the event and how long it waited for the main thread (ms, page clock). */
export interface KeyDelay {
  at: number;
  delayMs: number;
}

/** Where the page keeps what its keydown listener saw (the page's own world, not the extension's). */
const STORE = '__touchlineSlowPageKeys';
/** A key with no default action and no text: the CRM page and the panel ignore it. */
const KEY = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 };

/**
 * Makes every document of `page` record each keydown's input delay: the time from the event's
 * creation by the browser (`timeStamp`) to its first listener running, which is how long the main
 * thread was busy with something else when the key arrived.
 */
export async function recordKeyDelays(page: Page): Promise<void> {
  await page.addInitScript((store) => {
    const seen: [number, number][] = [];
    Object.defineProperty(window, store, { value: seen });
    addEventListener('keydown', (event) => seen.push([event.timeStamp, performance.now() - event.timeStamp]), true);
  }, STORE);
}

export async function keyDelays(page: Page): Promise<KeyDelay[]> {
  const seen = await page.evaluate((store) => (window as unknown as Record<string, [number, number][]>)[store], STORE);
  return (seen ?? []).map(([at, delayMs]) => ({ at, delayMs }));
}

/**
 * Presses the key every `everyMs` through the DevTools protocol, as a user typing would, without
 * waiting for the page to take the previous press (a busy page queues them). Returns a stop
 * function that resolves once every press was delivered or refused (a press during a navigation).
 */
export function pressKeys(cdp: CDPSession, everyMs = 50): () => Promise<void> {
  const sent: Promise<unknown>[] = [];
  const timer = setInterval(() => {
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...KEY }).catch(() => undefined));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...KEY }).catch(() => undefined));
  }, everyMs);
  return async () => {
    clearInterval(timer);
    await Promise.all(sent);
  };
}

/** The longest delay among presses made between `from` and `to` (page clock), 0 when none. */
export function worstDelay(delays: KeyDelay[], from = 0, to = Number.POSITIVE_INFINITY): number {
  return Math.max(0, ...delays.filter((d) => d.at >= from && d.at <= to).map((d) => d.delayMs));
}
