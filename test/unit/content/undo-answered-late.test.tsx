// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { jordanLee } from '../components/view-fixtures';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

let lifetime = new AbortController();
/** Whether the background has deleted the logged call. */
let undone = false;
/** Whether the first undo's answer never reaches the panel (the worker stopped once it had deleted). */
let firstAnswerLost = false;
const withCall = () => {
  const view = jordanLee();
  view.touches = { ...view.touches, total: 10, byChannel: { ...view.touches.byChannel, call: 3 } };
  return view;
};
/**
 * The background logs at once; an undo takes it 1.5 s (busy, e.g. a team import), longer than the
 * panel waits here (1 s), and then it is done. A second undo of the same key finds nothing, as
 * lib/db/logged-touch-changes.ts answers (not-found).
 */
beforeEach(() => {
  undone = false;
  firstAnswerLost = false;
  vi.mocked(sendToBackground).mockImplementation((async (name: string) => {
    const view = jordanLee();
    if (name === 'readingSaved') return { ok: true, status: 'read', recordKey: view.recordKey, view };
    if (name === 'logTouch') return { ok: true, view: withCall(), touch: { key: 'touch-1' } };
    if (name === 'undoLoggedTouch') {
      if (undone)
        return {
          ok: false,
          error: { kind: 'not-found', message: 'Touchline has no such logged touch: it may already have been undone.' },
        };
      await new Promise((r) => setTimeout(r, 1500));
      undone = true;
      if (firstAnswerLost) return new Promise(() => {});
      return { ok: true, view };
    }
    if (name === 'getView') return { ok: true, view: undone ? view : withCall() };
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

/**
 * metrics.md "Logging a missed touch": the logged touch counts at once, and so does its undo. An
 * undo the background answers after the panel stopped waiting is still done: the panel must stop
 * counting the touch when that answer comes (as a late log answer is taken, log-answered-late),
 * not keep showing it counted and offer an Undo that can only fail.
 */
describe('an undo the background answers after the panel stopped waiting', () => {
  it('stops counting the touch once the late answer says it was undone, and offers no Undo', async () => {
    mountSessionPanel(lifetime.signal, 1000);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
    await waitFor(() => expect(total()).toBe('10'));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await new Promise((r) => setTimeout(r, 2500));
    expect(undone).toBe(true);
    expect(total()).toBe('9');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.querySelector('.tl-notice')).toBeNull();
  });

  /**
   * The answer that would have said so never comes (the worker stopped after the delete): the
   * panel offered Undo again ("Not undone: … did not answer"), and the background, asked again,
   * has no such touch. That is an undo done, not "Not undone" with the touch still counted.
   */
  it('does not say "Not undone" and count the touch when the retried undo finds it already undone', async () => {
    firstAnswerLost = true;
    mountSessionPanel(lifetime.signal, 1000);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await new Promise((r) => setTimeout(r, 2500));
    expect(undone).toBe(true);
    expect(document.querySelector('.tl-notice')?.textContent).toMatch(/Not undone: .*did not answer/);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(total()).toBe('9');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.querySelector('.tl-notice')).toBeNull();
  });
});
