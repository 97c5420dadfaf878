// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { RecordPage } from '../../../lib/adapters/record-page';
import type { Adapter } from '../../../lib/adapters/types';
import { READ_SLICE_MS, watchRecord } from '../../../lib/content/watch-record';
import type { ReadResult } from '../../../lib/schema/read-result';
import { stubAdapter } from './stub-adapter';

const ref = { crm: 'hubspot', tenant: '1', kind: 'contact', recordId: '2' } as const;
const unreadable: ReadResult = { ...ref, status: 'unreadable', reason: 'nothing here', notRead: [] };

function fakePage(read: () => ReadResult): RecordPage {
  return { adapter: stubAdapter(ref, read), ref };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('watching a record without holding up the page', () => {
  it('reads in a task of its own, after the code that started the watch has finished', async () => {
    const read = vi.fn(() => unreadable);
    const onReading = vi.fn();
    const lifetime = new AbortController();
    watchRecord({
      page: fakePage(read),
      readInSlices: readRecordPageInSlices,
      url: new URL('https://app.hubspot.com/contacts/1/record/0-1/2'),
      signal: lifetime.signal,
      awaitChange: false,
      isCurrent: () => true,
      onReading,
    });
    expect(read).not.toHaveBeenCalled();
    // The first reading in a fresh module builds and compiles the date tables first (a second on a busy machine).
    await vi.waitFor(() => expect(onReading).toHaveBeenCalledWith(unreadable), { timeout: 5000 });
    expect(read).toHaveBeenCalledTimes(1);
    lifetime.abort();
  });

  it('reports nothing once the route it watched was left, even a reading already under way', async () => {
    const read = vi.fn(() => unreadable);
    const onReading = vi.fn();
    const route = new AbortController();
    watchRecord({
      page: fakePage(read),
      readInSlices: readRecordPageInSlices,
      url: new URL('https://app.hubspot.com/contacts/1/record/0-1/2'),
      signal: route.signal,
      awaitChange: false,
      isCurrent: () => true,
      onReading,
    });
    route.abort();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onReading).not.toHaveBeenCalled();
  });

  it('reads a page that changed during a reading again afterwards, never two readings at once', async () => {
    let active = 0;
    let mostAtOnce = 0;
    let readings = 0;
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const adapter: Adapter = {
      ...fakePage(() => unreadable).adapter,
      // Three steps, each longer than a slice, so the reading pauses between them; the page
      // changes during the first.
      *readSteps() {
        active++;
        mostAtOnce = Math.max(mostAtOnce, active);
        readings++;
        for (let step = 0; step < 3; step++) {
          if (readings === 1 && step === 0) document.body.append(document.createElement('p'));
          busy(READ_SLICE_MS + 1);
          yield;
        }
        active--;
        return { ...unreadable, reason: `reading ${readings}` };
      },
    };
    const onReading = vi.fn();
    const lifetime = new AbortController();
    watchRecord({
      page: { adapter, ref },
      readInSlices: readRecordPageInSlices,
      url: new URL('https://app.hubspot.com/contacts/1/record/0-1/2'),
      signal: lifetime.signal,
      awaitChange: false,
      isCurrent: () => true,
      onReading,
      debounceMs: 0,
    });
    await vi.waitFor(() => expect(onReading).toHaveBeenCalledTimes(2));
    lifetime.abort();
    expect(mostAtOnce).toBe(1);
    expect(onReading).toHaveBeenLastCalledWith(expect.objectContaining({ reason: 'reading 2' }));
  });
});
