// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import type { Adapter } from '../../../lib/adapters/types';
import { ask } from '../../../lib/content/messages';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import type { ReadResult } from '../../../lib/schema/read-result';
import type { RecordRef } from '../../../lib/schema/record';
import { jordanLee } from '../components/view-fixtures';
import { setUrl as setURL } from './jordan-page';
import { showHtml } from './show-html';

const view = jordanLee();
const URL_A = 'https://app.hubspot.com/contacts/4410021/record/0-1/951';
const URL_B = 'https://app.hubspot.com/contacts/4410021/record/0-1/952';

vi.mock('../../../lib/content/messages', () => ({
  ask: vi.fn(async () => ({ ok: true, status: 'read', recordKey: view.recordKey, view })),
}));

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

let navigateDuringFirstReading = true;

/** Like the real readers: the record from the URL, the name and touches from what the page shows, over several steps. */
const adapter: Adapter = {
  crm: 'hubspot',
  handlesHost: () => true,
  detect: (url) => {
    const id = url.pathname.split('/').pop() ?? '';
    return { crm: 'hubspot', tenant: '4410021', kind: 'contact', recordId: id };
  },
  read: () => {
    throw new Error('not used');
  },
  *readSteps(doc, url) {
    const ref = adapter.detect(url) as RecordRef;
    const name = doc.querySelector('h1')?.textContent ?? '';
    for (let step = 0; step < 3; step++) {
      if (navigateDuringFirstReading && step === 1) {
        navigateDuringFirstReading = false;
        // The rep clicks contact B: the CRM pushes B's address and draws B's page. The route
        // change event has not reached the content script yet (WXT polls the address each second
        // where the browser has no Navigation API).
        setURL(URL_B);
        showHtml(document.body, '<main><h1>Ben Brooks</h1><ul><li>call</li><li>call</li><li>call</li></ul></main>');
      }
      busy(6);
      yield;
    }
    const calls = doc.querySelectorAll('li').length;
    return {
      ...ref,
      status: 'read',
      record: { name: `${name}|${doc.querySelector('h1')?.textContent}` },
      activities: Array.from({ length: calls }, (_, i) => ({
        type: 'call',
        direction: 'outbound',
        title: `c${i}`,
        automated: false,
      })),
      crmFigures: {},
      notRead: [],
    } as unknown as ReadResult;
  },
  observeRoot: () => document.body,
};

const lifetime = new AbortController();
afterEach(() => lifetime.abort());

describe('a reading of contact A under way when the rep opens contact B', () => {
  it("never saves B's page (name or touches) under A's record", async () => {
    setURL(URL_A);
    showHtml(document.body, '<main><h1>Ana Alvarez</h1><ul><li>call</li></ul></main>');
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    createRecordSession(pageReaderOf(adapter), store, lifetime.signal).onRoute(new URL(URL_A), false);
    await new Promise((r) => setTimeout(r, 1500));
    const saved = vi
      .mocked(ask)
      .mock.calls.filter(([name]) => name === 'readingSaved')
      .map(([, data]) => data as ReadResult);
    for (const r of saved.filter((r) => r.recordId === '951' && r.status === 'read')) {
      expect(r.status === 'read' && r.record.name).toBe('Ana Alvarez|Ana Alvarez');
      expect(r.status === 'read' && r.activities).toHaveLength(1);
    }
  });
});
