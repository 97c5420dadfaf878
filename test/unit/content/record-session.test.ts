// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { createPanelStore, type PanelModel } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import type { ReadResult } from '../../../lib/schema/read-result';
import { jordanLee } from '../components/view-fixtures';
import { stubAdapter } from './stub-adapter';

const view = jordanLee();
const ref = { crm: 'hubspot', tenant: '4410021', kind: 'contact', recordId: '951' } as const;
const URL_OF_RECORD = 'https://app.hubspot.com/contacts/4410021/record/0-1/951';
const notRead = [{ field: 'activities[3].timestamp', reason: '"03/04/2026" could be day or month first' }];
const reading = {
  ...ref,
  status: 'read',
  record: { name: 'Jordan Lee' },
  activities: [],
  crmFigures: [],
  notRead,
} as unknown as ReadResult;

vi.mock('../../../lib/content/messages', () => ({
  ask: vi.fn(async () => ({ ok: true, status: 'read', recordKey: view.recordKey, view })),
}));

const adapter = stubAdapter(ref, () => reading);

const lifetime = new AbortController();

afterEach(() => {
  lifetime.abort();
});

describe('a record session drawing the background’s answer', () => {
  it('shows the view and what the reading could not read in one store update (the shell redraws on each)', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_OF_RECORD);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const updates: PanelModel[] = [];
    store.subscribe((model) => updates.push(model));
    createRecordSession(pageReaderOf(adapter), store, lifetime.signal).onRoute(new URL(URL_OF_RECORD), false);
    // The first reading in a fresh module builds and compiles the date tables first (a second on a busy machine).
    await vi.waitFor(() => expect(store.get().state.status).toBe('ready'), { timeout: 5000 });
    const afterReading = updates.slice(updates.findIndex((m) => m.state.status === 'reading') + 1);
    expect(afterReading).toHaveLength(1);
    expect(afterReading[0]).toMatchObject({ state: { status: 'ready', view }, notRead });
  });
});
