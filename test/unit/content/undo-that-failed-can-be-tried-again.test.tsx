// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { jordanLee } from '../components/view-fixtures';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

let lifetime = new AbortController();
/** The background: a call logged is counted (10 touches); the first undo fails, the second is done. */
beforeEach(() => {
  let undos = 0;
  vi.mocked(sendToBackground).mockImplementation((async (name: string) => {
    const view = jordanLee();
    if (name === 'readingSaved') return { ok: true, status: 'read', recordKey: view.recordKey, view };
    if (name === 'logTouch') {
      const counted = jordanLee();
      counted.touches = { ...counted.touches, total: 10, byChannel: { ...counted.touches.byChannel, call: 3 } };
      return { ok: true, view: counted, touch: { key: 'touch-1' } };
    }
    if (name === 'undoLoggedTouch') {
      undos++;
      if (undos === 1) return { ok: false, error: { kind: 'storage', message: 'The database was busy.' } };
      return { ok: true, view };
    }
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
const undos = () => vi.mocked(sendToBackground).mock.calls.filter(([name]) => name === 'undoLoggedTouch');

/**
 * Undo takes the offer away at once; when the background could not undo (busy past 20 s, a storage
 * error), the touch is still counted, so the offer comes back, with the reason, to try again.
 */
describe('an undo the background could not do', () => {
  it('puts the Undo offer back, and a second Undo undoes the touch', async () => {
    mountSessionPanel(lifetime.signal);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/Not undone: The database was busy\./)).toBeTruthy();
    expect(total()).toBe('10');

    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(total()).toBe('9'));
    expect(undos().map(([, data]) => data)).toEqual([{ key: 'touch-1' }, { key: 'touch-1' }]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
