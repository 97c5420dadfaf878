import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../lib/content/when-idle';
import { yieldToPage } from '../../../lib/yield-to-page';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('giving the main thread back to the page', () => {
  it("uses the browser's scheduler.yield() where there is one", async () => {
    const yieldFn = vi.fn(async () => {});
    vi.stubGlobal('scheduler', { yield: yieldFn });
    await yieldToPage();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });

  it('resumes on a later task elsewhere: code queued before it runs first', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    const yielded = yieldToPage().then(() => order.push('after the yield'));
    queueMicrotask(() => order.push('queued microtask'));
    await yielded;
    expect(order).toEqual(['queued microtask', 'after the yield']);
  });

  it('waits for an idle moment, with the timeout the caller gives', async () => {
    const idle = vi.fn((cb: () => void, _options: { timeout: number }) => setTimeout(cb, 0));
    vi.stubGlobal('requestIdleCallback', idle);
    await whenIdle(1234);
    expect(idle.mock.calls[0]?.[1]).toEqual({ timeout: 1234 });
  });
});
