// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { ask } from '../../../lib/content/messages';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession, DRAWN_ON_AN_EARLIER_DAY } from '../../../lib/content/record-session';
import { jordanLee } from '../components/view-fixtures';
import { JORDAN_URL, jordanReading, JORDAN_REF as ref, setUrl } from './jordan-page';
import { stubAdapter } from './stub-adapter';

const view = jordanLee();
const reading = jordanReading();

vi.mock('../../../lib/content/messages', () => ({
  ask: vi.fn(async () => ({ ok: true, status: 'read', recordKey: view.recordKey, view })),
}));

const lifetime = new AbortController();
afterEach(() => {
  lifetime.abort();
  vi.useRealTimers();
});

/**
 * 792c6d8: a tab left open overnight still prints yesterday's "Today at 2:26 PM"; read with the
 * next day's clock every such touch moves a day on (and items without a CRM id are stored twice),
 * so the page is not read again and the panel asks for a reload. The session's readAgain (what a
 * retention change in the options, lib/content/settings-changes.ts, or the panel's "read again"
 * after an erase calls) starts a fresh watch whose "first read" day is the new day: the page,
 * still drawn yesterday, is read with today's clock. By hand: no reading is sent the next morning
 * until the page is reloaded.
 */
describe('a tab opened yesterday, read again the next morning without a reload', () => {
  it('is not read with the new day’s clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
    setUrl(JORDAN_URL);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const session = createRecordSession(pageReaderOf(stubAdapter(ref, () => reading)), store, lifetime.signal);
    session.onRoute(new URL(JORDAN_URL), false);
    await vi.waitFor(() => expect(store.get().state.status).toBe('ready'), { timeout: 5000 });
    const saved = () => vi.mocked(ask).mock.calls.filter(([n]) => n === 'readingSaved').length;
    const before = saved();

    // Next morning, same tab, no reload: the rep raises the retention in the options.
    vi.setSystemTime(new Date('2026-11-21T09:00:00Z'));
    session.readAgain();
    await new Promise((r) => setTimeout(r, 1500));
    expect(saved()).toBe(before);
  });

  it('keeps the numbers shown beside the reload notice, never "Reading this page…" for good', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
    setUrl(JORDAN_URL);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const tab = new AbortController();
    const session = createRecordSession(pageReaderOf(stubAdapter(ref, () => reading)), store, tab.signal);
    session.onRoute(new URL(JORDAN_URL), false);
    await vi.waitFor(() => expect(store.get().state.status).toBe('ready'), { timeout: 5000 });
    const shown = store.get().state;

    // Next morning: a retention change, "Try again" or "Read this page again" calls readAgain.
    vi.setSystemTime(new Date('2026-11-21T09:00:00Z'));
    session.readAgain();
    await vi.waitFor(() => expect(store.get().notice).toBe(DRAWN_ON_AN_EARLIER_DAY), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 1500));
    tab.abort();
    expect(store.get().state).toBe(shown);
  });

  it('a page loaded just before midnight whose panel starts just after is from an earlier day', async () => {
    // The browser's zone in the tests is UTC; Touchline's idle wait and chunks took the page past midnight.
    const loaded = new Date(performance.timeOrigin);
    const midnight = Date.UTC(loaded.getUTCFullYear(), loaded.getUTCMonth(), loaded.getUTCDate() + 1);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(midnight + 2000));
    setUrl(JORDAN_URL);
    vi.mocked(ask).mockClear();
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const tab = new AbortController();
    const session = createRecordSession(pageReaderOf(stubAdapter(ref, () => reading)), store, tab.signal);
    session.onRoute(new URL(JORDAN_URL), false);
    await vi.waitFor(() => expect(store.get().notice).toBe(DRAWN_ON_AN_EARLIER_DAY), { timeout: 5000 });
    tab.abort();
    expect(vi.mocked(ask).mock.calls.filter(([n]) => n === 'readingSaved')).toHaveLength(0);
  });
});
