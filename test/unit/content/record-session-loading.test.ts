// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import type { ReadResult } from '../../../lib/schema/read-result';
import { jordanLee } from '../components/view-fixtures';
import { JORDAN_REF as ref, JORDAN_URL as URL_OF_RECORD } from './jordan-page';
import { stubAdapter } from './stub-adapter';

const stored = jordanLee();
const loading = { ...ref, status: 'loading', reason: 'the activity timeline is still loading' } as ReadResult;

// The background answers a reading still loading with the view of what it stored on earlier visits.
vi.mock('../../../lib/content/messages', () => ({
  ask: vi.fn(async () => ({ ok: true, status: 'loading', recordKey: stored.recordKey, view: stored })),
}));

const adapter = stubAdapter(ref, () => loading);

const lifetime = new AbortController();
afterEach(() => {
  lifetime.abort();
  vi.restoreAllMocks();
});

describe('a page still loading after the wait, with figures stored on an earlier visit', () => {
  it('shows the stored figures and says the timeline was not read this time, and why', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_OF_RECORD);
    // The 15 s wait passes at once: every clock reading after the first is 20 s later.
    const start = Date.now();
    let calls = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (calls++ === 0 ? start : start + 20_000));
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    createRecordSession(pageReaderOf(adapter), store, lifetime.signal).onRoute(new URL(URL_OF_RECORD), false);
    await vi.waitFor(() => expect(store.get().state.status).toBe('ready'), { timeout: 8000 });
    expect(store.get()).toMatchObject({
      state: { status: 'ready', view: stored },
      notRead: [
        { field: 'activities', reason: 'still loading after 15 seconds: the activity timeline is still loading' },
      ],
    });
  });
});
