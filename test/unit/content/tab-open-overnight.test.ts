// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { RecordPage } from '../../../lib/adapters/record-page';
import { watchRecord } from '../../../lib/content/watch-record';
import type { ReadResult } from '../../../lib/schema/read-result';
import { showHtml } from './show-html';
import { stubAdapter } from './stub-adapter';

const ref = { crm: 'hubspot', tenant: '1', kind: 'contact', recordId: '2' } as const;
const URL_A = 'https://app.hubspot.com/contacts/1/record/0-1/2';

/** Reads the page's calls, as many as it shows. */
function readShown(): ReadResult {
  const calls = [...document.querySelectorAll('li')].map((li, i) => ({
    type: 'call',
    direction: 'outbound',
    title: li.textContent,
    automated: false,
    sourceId: String(i),
  }));
  return {
    ...ref,
    status: 'read',
    record: { name: 'Ana Alvarez' },
    activities: calls,
    crmFigures: {},
    notRead: [],
  } as unknown as ReadResult;
}

const page: RecordPage = { adapter: stubAdapter(ref, readShown), ref };

/** Ana's page drawn and read on Nov 20, 15:00 UTC; the clock is faked from then on. */
async function watchAnaFromNov20() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_A);
  showHtml(document.body, '<main><h1>Ana Alvarez</h1><ul><li>Call with Ana</li></ul></main>');
  const readings: ReadResult[] = [];
  const onStale = vi.fn();
  const route = new AbortController();
  watchRecord({
    page,
    readInSlices: readRecordPageInSlices,
    url: new URL(URL_A),
    signal: route.signal,
    awaitChange: false,
    isCurrent: () => true,
    onReading: (result) => readings.push(result),
    onStale,
    debounceMs: 10,
  });
  await vi.waitFor(() => expect(readings).toHaveLength(1), { timeout: 5000 });
  return { readings, onStale, route };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/**
 * A tab left open overnight still prints yesterday's "Today at 2:26 PM": read again with today's
 * clock, every such touch would move a day on and items without a CRM id would be stored twice.
 */
describe('a record page seen on a later day than it was first read', () => {
  it('is not read again: the panel is told the page is from an earlier day', async () => {
    const { readings, onStale, route } = await watchAnaFromNov20();

    // The same day, a second call shows up: read again.
    document.querySelector('ul')?.append(Object.assign(document.createElement('li'), { textContent: 'Second call' }));
    await vi.waitFor(() => expect(readings).toHaveLength(2), { timeout: 5000 });

    // The next morning the page changes again: not read with the new day's clock.
    vi.setSystemTime(new Date('2026-11-21T09:00:00Z'));
    document.querySelector('ul')?.append(Object.assign(document.createElement('li'), { textContent: 'Third call' }));
    await vi.waitFor(() => expect(onStale).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(readings).toHaveLength(2);
    route.abort();
  });

  it('says so when the tab is shown again on a later day, though nothing on the page changed', async () => {
    const { onStale, route } = await watchAnaFromNov20();

    // Shown again the same day: nothing to say.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onStale).not.toHaveBeenCalled();
    // Shown again the next morning.
    vi.setSystemTime(new Date('2026-11-21T09:00:00Z'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onStale).toHaveBeenCalledTimes(1);
    route.abort();
  });
});
