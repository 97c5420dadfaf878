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

const viewA = jordanLee();
const URL_A = 'https://app.hubspot.com/contacts/4410021/record/0-1/951';
const URL_B = 'https://app.hubspot.com/contacts/4410021/record/0-1/952';

let answerLog: (value: unknown) => void = () => {};
vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const adapter: Adapter = {
  crm: 'hubspot',
  handlesHost: () => true,
  detect: (url) => ({
    crm: 'hubspot',
    tenant: '4410021',
    kind: 'contact',
    recordId: url.pathname.split('/').pop() ?? '',
  }),
  read: () => {
    throw new Error('not used');
  },
  *readSteps(_doc, url) {
    yield;
    return { ...(adapter.detect(url) as RecordRef), status: 'loading', reason: 'still drawing' } as ReadResult;
  },
  observeRoot: () => document.body,
};

const lifetime = new AbortController();
afterEach(() => lifetime.abort());

describe('logging a call on contact A, then opening contact B before the answer is in', () => {
  it("offers no Undo (and no details step) for A's call on B's panel", async () => {
    vi.mocked(ask).mockImplementation((async (name: string) => {
      if (name === 'logTouch') return new Promise((resolve) => (answerLog = resolve));
      return { ok: true, status: 'loading', recordKey: 'x', view: undefined };
    }) as never);
    setURL(URL_A);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const session = createRecordSession(pageReaderOf(adapter), store, lifetime.signal);
    session.onRoute(new URL(URL_A), false);
    const logged = session.log({ channel: 'call' } as never);
    // The rep moves on to the next contact at once.
    setURL(URL_B);
    session.onRoute(new URL(URL_B), true);
    answerLog({ ok: true, view: viewA, touch: { key: 'touch-of-A' } });
    await logged;
    expect(store.get().undo).toBeNull();
    // The details step on B's panel must not edit A's touch either.
    session.editLogged('touch-of-A', { note: 'left voicemail' } as never);
    expect(vi.mocked(ask).mock.calls.filter(([name]) => name === 'updateLoggedTouch')).toHaveLength(0);
  });
});
