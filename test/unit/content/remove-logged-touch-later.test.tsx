// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import type { ContactView } from '../../../lib/schema/view-model';
import { jordanLee } from '../components/view-fixtures';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

/** The call Jordan Lee's Recent list shows as logged in Touchline (a day ago: no undo offer stands). */
const LOGGED_CALL = 'hubspot:4410021:activity:88123';
const DEAL = 'hubspot:4410021:deal:7788';

/** Jordan Lee without the logged call: one touch fewer, and the CRM comparison as the background works it out. */
function withoutCall(recordKey = jordanLee().recordKey): ContactView {
  const view = jordanLee();
  view.recordKey = recordKey;
  view.touches = { ...view.touches, total: 8, byChannel: { ...view.touches.byChannel, call: 1 } };
  view.recent = view.recent.filter((touch) => touch.key !== LOGGED_CALL);
  return view;
}

const JUST_LOGGED = 'hubspot:4410021:activity:touchline-1';
/** Jordan Lee with a call just logged, first on the Recent list. */
function withJustLogged(): ContactView {
  const view = jordanLee();
  view.touches = { ...view.touches, total: 10, byChannel: { ...view.touches.byChannel, call: 3 } };
  view.recent = [
    { ...(view.recent[0] as ContactView['recent'][number]), key: JUST_LOGGED, title: 'Call logged in Touchline' },
    ...view.recent,
  ];
  return view;
}

type UndoAnswer = () => unknown;
/** What the background answers to the removal (undoLoggedTouch), set per test. */
let undoAnswer: UndoAnswer;
let removed = false;

let lifetime = new AbortController();
beforeEach(() => {
  removed = false;
  vi.mocked(sendToBackground).mockImplementation((async (name: string) => {
    const view = jordanLee();
    if (name === 'readingSaved') return { ok: true, status: 'read', recordKey: view.recordKey, view };
    if (name === 'logTouch') return { ok: true, view: withJustLogged(), touch: { key: JUST_LOGGED } };
    if (name === 'undoLoggedTouch') return undoAnswer();
    if (name === 'getView') return { ok: true, view: removed ? withoutCall() : view };
    return { ok: true };
  }) as never);
});
afterEach(() => {
  cleanup();
  lifetime.abort();
  lifetime = new AbortController();
  vi.mocked(sendToBackground).mockReset();
});

const total = () => document.querySelector('[data-metric="touches-total"]')?.getAttribute('data-value');
const sent = (name: string) => vi.mocked(sendToBackground).mock.calls.filter(([asked]) => asked === name);
const recent = () => screen.getByRole('region', { name: 'Recent touches' });

/** Mounts the panel on Jordan Lee's page, presses Remove on the logged call and confirms. */
async function removeTheLoggedCall(answerWithinMs?: number): Promise<void> {
  mountSessionPanel(lifetime.signal, answerWithinMs);
  fireEvent.click(await screen.findByRole('button', { name: 'Remove logged call Quick check-in' }, { timeout: 8000 }));
  expect(total()).toBe('9');
  fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
}

/**
 * A touch logged by mistake could be taken back only during the few seconds of the undo offer.
 * Remove on its Recent row sends the same request as Undo, at any time, and the panel shows the
 * record as the background has it then.
 */
describe('removing a logged touch from the Recent list', () => {
  it('removes it through the undo request and shows the numbers without it at once', async () => {
    undoAnswer = () => {
      removed = true;
      return { ok: true, view: withoutCall() };
    };
    await removeTheLoggedCall();
    await waitFor(() => expect(total()).toBe('8'));
    expect(sent('undoLoggedTouch').map(([, data]) => data)).toEqual([{ key: LOGGED_CALL, wholeTouch: true }]);
    expect(within(recent()).queryByText('Quick check-in')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the row and the numbers when the background could not remove it, and says why', async () => {
    undoAnswer = () => ({ ok: false, error: { kind: 'storage', message: 'The database was busy.' } });
    await removeTheLoggedCall();
    expect(await screen.findByText('Not removed: The database was busy.')).toBeTruthy();
    expect(total()).toBe('9');
    expect(within(recent()).getByText('Quick check-in')).toBeTruthy();
    // The row asks again, to try again or cancel.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove' })).toHaveProperty('disabled', false));
  });

  it('takes a removal the background answered after the panel stopped waiting as done', async () => {
    // The background is busy for 600 ms; the panel waits 300 ms here (20 s in use).
    undoAnswer = async () => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      removed = true;
      return { ok: true, view: withoutCall() };
    };
    await removeTheLoggedCall(300);
    expect(await screen.findByText(/^Not removed: Touchline’s background did not answer/)).toBeTruthy();
    expect(total()).toBe('9');
    await waitFor(() => expect(total()).toBe('8'));
    expect(within(recent()).queryByText('Quick check-in')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes the undo offer of a touch just logged away with it', async () => {
    undoAnswer = () => ({ ok: true, view: jordanLee() });
    mountSessionPanel(lifetime.signal);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove logged call Call logged in Touchline' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(total()).toBe('9'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(sent('undoLoggedTouch').map(([, data]) => data)).toEqual([{ key: JUST_LOGGED, wholeTouch: true }]);
  });

  it('shows this contact without it when the touch was logged on a deal with them', async () => {
    // The background answers with the view of the record the touch was logged on: the deal's.
    undoAnswer = () => {
      removed = true;
      return { ok: true, view: withoutCall(DEAL) };
    };
    await removeTheLoggedCall();
    await waitFor(() => expect(total()).toBe('8'));
    expect(sent('getView').map(([, data]) => data)).toEqual([{ recordKey: jordanLee().recordKey }]);
    expect(within(recent()).queryByText('Quick check-in')).toBeNull();
  });

  it('shows the record as it is when the touch was gone already (undone or removed elsewhere)', async () => {
    removed = true;
    undoAnswer = () => ({
      ok: false,
      error: { kind: 'not-found', message: 'Touchline has no such logged touch: it may already have been undone.' },
    });
    await removeTheLoggedCall();
    await waitFor(() => expect(total()).toBe('8'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
