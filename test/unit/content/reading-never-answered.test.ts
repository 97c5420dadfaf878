// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { jordanLee } from '../components/view-fixtures';
import { JORDAN_REF, JORDAN_URL, jordanReading, setUrl } from './jordan-page';
import { mountSessionPanel } from './session-panel';
import { stubAdapter } from './stub-adapter';

// The channel to the background itself: `ask` (lib/content/messages.ts) is the code under test.
vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

const NO_ANSWER_IN_20_S = 'Touchline’s background did not answer within 20 seconds (it may be busy or stuck).';

let lifetime = new AbortController();
// A fixed day: a file crossing midnight would find the page "opened on an earlier day" and read nothing again.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
});
afterEach(() => {
  cleanup();
  lifetime.abort();
  lifetime = new AbortController();
  vi.useRealTimers();
  vi.mocked(sendToBackground).mockReset();
});

/** The background's answers, given by the test when it likes: `answer(0, …)` answers the first message sent. */
function answersByHand() {
  const pending: ((answer: unknown) => void)[] = [];
  vi.mocked(sendToBackground).mockImplementation(() => new Promise((resolve) => pending.push(resolve as never)));
  return (index: number, answer: unknown) => pending[index]?.(answer);
}

function startOnJordan(answerWithinMs?: number) {
  setUrl(JORDAN_URL);
  const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
  const session = createRecordSession(
    pageReaderOf(stubAdapter(JORDAN_REF, () => jordanReading())),
    store,
    lifetime.signal,
    answerWithinMs === undefined ? {} : { answerWithinMs },
  );
  session.onRoute(new URL(JORDAN_URL), false);
  return { store, session };
}

const asked = (times: number) =>
  vi.waitFor(() => expect(vi.mocked(sendToBackground)).toHaveBeenCalledTimes(times), { timeout: 8000 });

/**
 * README ("What a CRM page loads"): "never a blank panel or an endless skeleton". A handler stuck on
 * a busy or blocked database takes the reading and never answers.
 */
describe('a reading the background never answers', () => {
  it('leaves "Reading this page…" after 20 seconds for an error that says the background did not answer', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    answersByHand();
    const { store } = startOnJordan();
    await asked(1);
    await vi.advanceTimersByTimeAsync(19_000);
    expect(store.get().state.status).toBe('reading');
    await vi.advanceTimersByTimeAsync(1_500);
    await vi.waitFor(() => expect(store.get().state).toEqual({ status: 'error', message: NO_ANSWER_IN_20_S }));
  });

  it('keeps the error when the answer comes after all: the panel does not change under the rep', async () => {
    const answer = answersByHand();
    const { store } = startOnJordan(50);
    await asked(1);
    await vi.waitFor(() => expect(store.get().state.status).toBe('error'));
    answer(0, { ok: true, status: 'read', recordKey: jordanLee().recordKey, view: jordanLee() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.get().state.status).toBe('error');
  });

  it('offers "Try again" on the panel, which reads the page again', async () => {
    answersByHand();
    mountSessionPanel(lifetime.signal, 50);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }, { timeout: 8000 }));
    await vi.waitFor(() => expect(screen.getByText('Reading this page…')).toBeTruthy());
    await asked(2);
    expect(vi.mocked(sendToBackground).mock.calls.map(([name]) => name)).toEqual(['readingSaved', 'readingSaved']);
  });

  it('reads the page again when asked, and the first reading’s late answer does not replace the new one', async () => {
    const answer = answersByHand();
    const { store, session } = startOnJordan(50);
    await asked(1);
    await vi.waitFor(() => expect(store.get().state.status).toBe('error'));
    session.readAgain();
    expect(store.get().state.status).toBe('reading');
    await asked(2);
    answer(1, { ok: true, status: 'read', recordKey: jordanLee().recordKey, view: jordanLee() });
    await vi.waitFor(() => expect(store.get().state.status).toBe('ready'));
    const late = { ...jordanLee(), name: 'Jordan Lee (as first read)' };
    answer(0, { ok: true, status: 'read', recordKey: late.recordKey, view: late });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.get().state).toMatchObject({ status: 'ready', view: { name: 'Jordan Lee' } });
  });
});
