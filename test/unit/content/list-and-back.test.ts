// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import type { Adapter } from '../../../lib/adapters/types';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import type { ReadResult } from '../../../lib/schema/read-result';
import type { RecordRef } from '../../../lib/schema/record';
import { jordanLee } from '../components/view-fixtures';
import { setUrl as setURL } from './jordan-page';

const view = jordanLee();
const URL_A = 'https://app.hubspot.com/contacts/4410021/record/0-1/951';
const LIST = 'https://app.hubspot.com/contacts/4410021/objects/0-1/views/all/list';

vi.mock('../../../lib/content/messages', () => ({
  ask: vi.fn(async () => ({ ok: true, status: 'read', recordKey: view.recordKey, view })),
}));

const adapter: Adapter = {
  crm: 'hubspot',
  handlesHost: () => true,
  detect: (url) =>
    url.pathname.includes('/record/')
      ? { crm: 'hubspot', tenant: '4410021', kind: 'contact', recordId: url.pathname.split('/').pop() ?? '' }
      : null,
  read: () => {
    throw new Error('not used');
  },
  *readSteps(_doc, url) {
    yield;
    return {
      ...(adapter.detect(url) as RecordRef),
      status: 'read',
      record: { name: 'Jordan Lee' },
      activities: [],
      crmFigures: {},
      notRead: [],
    } as unknown as ReadResult;
  },
  observeRoot: () => document.body,
};

const lifetime = new AbortController();
afterEach(() => lifetime.abort());

describe('record → list view → back to the same record', () => {
  it('shows the record’s numbers again', async () => {
    setURL(URL_A);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const session = createRecordSession(pageReaderOf(adapter), store, lifetime.signal);
    session.onRoute(new URL(URL_A), false);
    await vi.waitFor(() => expect(store.get().state.status).toBe('ready'), { timeout: 5000 });
    setURL(LIST);
    session.onRoute(new URL(LIST), true);
    expect(store.get().state.status).toBe('not-record');
    setURL(URL_A);
    session.onRoute(new URL(URL_A), true);
    expect(store.get().state.status).toBe('reading');
    await vi.waitFor(() => expect(store.get().state.status).toBe('ready'), { timeout: 5000 });
  });
});
