// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { eraseShownRecord } from '../../../lib/content/erase-record';
import { ask } from '../../../lib/content/messages';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import { jordanLee } from '../components/view-fixtures';
import { jordanReading, JORDAN_REF as ref, setUrl as setURL, JORDAN_URL as URL_OF_RECORD } from './jordan-page';
import { stubAdapter } from './stub-adapter';

const view = jordanLee();
const reading = jordanReading();

vi.mock('../../../lib/content/messages', () => ({
  ask: vi.fn(async (name: string) =>
    name === 'eraseRecord'
      ? { ok: true, erased: { contacts: 1, deals: 0, activities: 4, logged: 0 } }
      : { ok: true, status: 'read', recordKey: view.recordKey, view },
  ),
}));

const lifetime = new AbortController();
afterEach(() => lifetime.abort());

describe('a record erased from the panel, then only the hash or query of its address changes', () => {
  it('is not read and stored again (decisions.md: read again only when the user asks)', async () => {
    setURL(URL_OF_RECORD);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const session = createRecordSession(pageReaderOf(stubAdapter(ref, () => reading)), store, lifetime.signal);
    session.onRoute(new URL(URL_OF_RECORD), false);
    await vi.waitFor(() => expect(store.get().state.status).toBe('ready'), { timeout: 5000 });
    await eraseShownRecord(store, session, () => true);
    expect(store.get().erased).not.toBeNull();
    const savedBefore = vi.mocked(ask).mock.calls.filter(([n]) => n === 'readingSaved').length;
    // The rep opens the record's Activities tab (or the CRM adds a query to the address).
    setURL(`${URL_OF_RECORD}?tab=activities`);
    session.onRoute(new URL(`${URL_OF_RECORD}?tab=activities`), true);
    await new Promise((r) => setTimeout(r, 2800));
    expect(vi.mocked(ask).mock.calls.filter(([n]) => n === 'readingSaved').length).toBe(savedBefore);
    expect(store.get().erased).not.toBeNull();
  });
});
