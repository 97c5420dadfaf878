// @vitest-environment happy-dom
// Review spa (s43): a page is held back while it shows placeholders for up to the loading time
// (15 s), counted from when it began showing them, not from the watch's start: once the rep has
// been on a record for 15 s, a moment of loading (the CRM redraws its timeline with a skeleton
// after a filter change, a tab switch, a record edit) was reported at once, and the panel said the
// timeline was "still loading after 15 seconds" (record-session.ts `stillLoading`).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import { watchRecord } from '../../../lib/content/watch-record';
import { ANA, adapter, draw, sessionPerTest, setUrl, startSession, urlOf, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();
afterEach(() => vi.useRealTimers());

describe('a record read a while ago whose timeline shows a skeleton for a moment', () => {
  it('does not say the page was still loading after 15 seconds when it loaded for a second and a half', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
    setUrl(urlOf('A'));
    draw(ANA);
    const { session, store, shown } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
    const said: string[] = [];
    store.subscribe((model) => said.push(...(model.notRead ?? []).map((n) => n.reason)));
    // The rep reads the panel for a minute, then switches the CRM's timeline filter.
    vi.setSystemTime(new Date('2026-11-20T15:01:00Z'));
    const skeleton = document.createElement('div');
    skeleton.className = 'skeleton';
    document.querySelector('main')?.append(skeleton);
    // The timeline is back a second and a half later.
    await wait(1500);
    skeleton.remove();
    await wait(1500);
    expect(said.filter((reason) => reason.includes('still loading after 15 seconds'))).toEqual([]);
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez');
  });
});

describe('the loading time, counted per spell of placeholders (watch-record.ts)', () => {
  it('holds a short skeleton back well after the watch began, and reports one that stays the loading time', async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const page = pageReaderOf(adapter).pageAt(new URL(urlOf('A')));
    if (!page) throw new Error('not a record URL');
    const reported: string[] = [];
    watchRecord({
      page,
      readInSlices: readRecordPageInSlices,
      url: new URL(urlOf('A')),
      signal: lifetime.signal,
      awaitChange: false,
      isCurrent: () => true,
      onReading: (r) => reported.push(r.status),
      loadingTimeoutMs: 1000,
    });
    await wait(1500);
    expect(reported).toEqual(['read']);
    const skeleton = document.createElement('div');
    skeleton.className = 'skeleton';
    document.querySelector('main')?.append(skeleton);
    // Loading for 0.6 s, 2 s after the watch began: no report.
    await wait(600);
    skeleton.remove();
    await wait(700);
    expect(reported).toEqual(['read']);
    document.querySelector('main')?.append(skeleton);
    // Loading for 0.7 s: still held back; for 2 s: reported as it is.
    await wait(700);
    expect(reported).toEqual(['read']);
    await wait(1300);
    expect(reported).toEqual(['read', 'loading']);
  });
});
