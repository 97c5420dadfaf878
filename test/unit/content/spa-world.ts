import { afterEach, beforeEach, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { Adapter } from '../../../lib/adapters/types';
import { ask } from '../../../lib/content/messages';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import { type WatchOptions, watchRecord } from '../../../lib/content/watch-record';
import { recordKey } from '../../../lib/keys';
import type { ReadResult } from '../../../lib/schema/read-result';
import type { RecordRef } from '../../../lib/schema/record';
import { jordanLee } from '../components/view-fixtures';
import { setUrl } from './jordan-page';
import { showHtml } from './show-html';

export const TENANT = '4410021';
export const urlOf = (id: string) => `https://app.hubspot.com/contacts/${TENANT}/record/0-1/${id}`;
export const LIST = `https://app.hubspot.com/contacts/${TENANT}/objects/0-1/views/all/list`;

/**
 * A HubSpot-like adapter (as every real one): the record from the URL, its name from the shown
 * header, one activity per shown timeline item `li[data-id]` (HubSpot's engagement id), and
 * `loading` while a skeleton is shown or there is no header.
 */
export const adapter: Adapter = {
  crm: 'hubspot',
  handlesHost: (url) => url.hostname.endsWith('hubspot.com'),
  detect: (url) => {
    const m = url.pathname.match(/\/record\/0-1\/([^/]+)/);
    return m ? ({ crm: 'hubspot', tenant: TENANT, kind: 'contact', recordId: m[1] } as RecordRef) : null;
  },
  read: () => {
    throw new Error('not used');
  },
  *readSteps(doc, url) {
    const ref = adapter.detect(url) as RecordRef;
    yield;
    const name = doc.querySelector('h1')?.textContent ?? '';
    if (!name || doc.querySelector('.skeleton')) return { ...ref, status: 'loading', reason: 'skeleton' } as ReadResult;
    yield;
    return shownReading(doc, ref, name);
  },
  observeRoot: (doc) => doc.body,
};

/** What the stand-in reader reads of a drawn page: its calls, each `li[data-id]` one. */
export function shownReading(doc: Document, ref: RecordRef, name: string): ReadResult {
  const activities = Array.from(doc.querySelectorAll('li[data-id]'), (li) => ({
    sourceId: li.getAttribute('data-id'),
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    title: li.textContent,
    timestamp: '2026-11-18T10:00:00.000Z',
    automated: false,
    origin: 'page',
  }));
  return {
    ...ref,
    status: 'read',
    record: { name },
    activities,
    crmFigures: {},
    notRead: [],
  } as unknown as ReadResult;
}

/** The background's answer: a view of the record saved, named as the reading named it. */
export function mockBackground(): void {
  vi.mocked(ask).mockImplementation((async (name: string, data: unknown) => {
    if (name !== 'readingSaved') return { ok: false, error: { kind: 'storage', message: 'no' } };
    const r = data as ReadResult;
    const key = recordKey(r);
    if (r.status !== 'read') return { ok: true, status: r.status, recordKey: key, reason: 'x', notRead: [] };
    const view = { ...jordanLee(), recordKey: key, name: r.record.name, activitiesRead: r.activities.length };
    return { ok: true, status: 'read', recordKey: key, view };
  }) as never);
}

/** Every reading sent to the background to be saved. */
export function saved(): ReadResult[] {
  return vi
    .mocked(ask)
    .mock.calls.filter(([name]) => name === 'readingSaved')
    .map(([, data]) => data as ReadResult);
}

/** What was saved under `id`: names and item titles. */
export function savedUnder(id: string): { names: string[]; items: string[] } {
  const mine = saved().filter((r) => r.recordId === id && r.status === 'read');
  return {
    names: mine.map((r) => (r.status === 'read' ? (r.record.name ?? '') : '')),
    items: mine.flatMap((r) => (r.status === 'read' ? r.activities.map((a) => String(a.title)) : [])),
  };
}

export const pageOf = (name: string, items: [string, string][]) =>
  `<main><h1>${name}</h1><ul id="timeline">${items.map(([id, t]) => `<li data-id="${id}">${t}</li>`).join('')}</ul></main>`;

export const ANA = pageOf('Ana Alvarez', [
  ['a1', 'Call with Ana'],
  ['a2', 'Email to Ana'],
]);
export const BEN = pageOf('Ben Brooks', [['b1', 'Meeting with Ben']]);

export function startSession(lifetime: AbortSignal) {
  const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
  const session = createRecordSession(pageReaderOf(adapter), store, lifetime);
  /** What the panel shows: its state and, when ready, the record key and name. */
  const shown = () => {
    const s = store.get().state;
    return s.status === 'ready' ? `${s.view.recordKey}|${s.view.name}` : s.status;
  };
  /** Every state the panel was in, in order. */
  const history: string[] = [];
  store.subscribe(() => history.push(shown()));
  return { store, session, shown, history };
}

/** The CRM moves the address (pushState) and the content script hears of it at once (Navigation API). */
export function navigate(session: { onRoute(url: URL, after: boolean): void }, url: string): void {
  setUrl(url);
  session.onRoute(new URL(url), true);
}

export const draw = (html: string) => showHtml(document.body, html);
export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
export { setUrl };

/**
 * Watches record `id`'s route alone (no session), the page already drawn: the name and item
 * titles of each reading reported.
 */
export function watchRoute(id: string, options: Partial<WatchOptions>) {
  const url = new URL(urlOf(id));
  const page = pageReaderOf(adapter).pageAt(url);
  if (!page) throw new Error('not a record URL');
  const reported: string[] = [];
  const route = new AbortController();
  watchRecord({
    page,
    readInSlices: readRecordPageInSlices,
    url,
    signal: route.signal,
    awaitChange: true,
    isCurrent: () => location.href === url.href,
    onReading: (r) => {
      if (r.status === 'read') reported.push(`${r.record.name}: ${r.activities.map((a) => a.title).join(', ')}`);
    },
    ...options,
  });
  return { reported, stop: () => route.abort() };
}

/**
 * A session's lifetime for each test: a fresh fake background before it, the session stopped and
 * the page emptied after it. `signal` is the running test's.
 */
export function sessionPerTest(): { readonly signal: AbortSignal } {
  let lifetime = new AbortController();
  beforeEach(() => {
    vi.clearAllMocks();
    mockBackground();
    lifetime = new AbortController();
  });
  afterEach(() => {
    lifetime.abort();
    document.body.replaceChildren();
  });
  return {
    get signal() {
      return lifetime.signal;
    },
  };
}
