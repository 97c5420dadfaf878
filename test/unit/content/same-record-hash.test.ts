// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { createPanelStore, type PanelModel } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import { jordanLee } from '../components/view-fixtures';
import { jordanReading, JORDAN_REF as ref, JORDAN_URL as URL_OF_RECORD } from './jordan-page';
import { stubAdapter } from './stub-adapter';

const view = jordanLee();
const reading = jordanReading();

vi.mock('../../../lib/content/messages', () => ({
  ask: vi.fn(async (name: string) =>
    name === 'logTouch'
      ? { ok: true, view, touch: { key: 'logged-1' } }
      : { ok: true, status: 'read', recordKey: view.recordKey, view },
  ),
}));

const lifetime = new AbortController();
afterEach(() => lifetime.abort());

describe('a query- or hash-only change on the record being shown', () => {
  it('keeps the undo offer of the touch just logged and the numbers on screen', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_OF_RECORD);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const session = createRecordSession(pageReaderOf(stubAdapter(ref, () => reading)), store, lifetime.signal);
    session.onRoute(new URL(URL_OF_RECORD), false);
    await vi.waitFor(() => expect(store.get().state.status).toBe('ready'), { timeout: 5000 });
    await session.log({ channel: 'call' } as never);
    expect(store.get().undo).not.toBeNull();
    const states: string[] = [];
    store.subscribe((m: PanelModel) => states.push(m.state.status));
    // The rep opens a tab of the same contact: only the hash (or query) of the address changes.
    const sameRecord = `${URL_OF_RECORD}#activity`;
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(sameRecord);
    session.onRoute(new URL(sameRecord), true);
    expect(store.get().undo).not.toBeNull();
    expect(states).not.toContain('reading');
  });
});
