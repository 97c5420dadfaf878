// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { jordanLee } from '../components/view-fixtures';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

let lifetime = new AbortController();
/** What the background answers a log with, 1.5 s after it came (the panel waits 1 s here). */
let logAnswer: () => unknown;
const withCall = () => {
  const view = jordanLee();
  view.touches = { ...view.touches, total: 10, byChannel: { ...view.touches.byChannel, call: 3 } };
  return view;
};
beforeEach(() => {
  logAnswer = () => ({ ok: true, view: withCall(), touch: { key: 'touch-1' } });
  vi.mocked(sendToBackground).mockImplementation((async (name: string) => {
    const view = jordanLee();
    if (name === 'readingSaved') return { ok: true, status: 'read', recordKey: view.recordKey, view };
    if (name === 'logTouch') {
      await new Promise((r) => setTimeout(r, 1500));
      return logAnswer();
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

const notice = () => document.querySelector('.tl-notice[role="alert"]')?.textContent ?? null;
const total = () => document.querySelector('[data-metric="touches-total"]')?.getAttribute('data-value');

/**
 * The panel stops waiting for the background after a while (messages.ts), but a log it did not
 * hear back about may still be stored (a database busy with a team import): the panel never says
 * "not logged" then, and counts the touch, with its Undo offer, when the answer comes after all.
 */
describe('a log the background answers after the panel stopped waiting', () => {
  it('says it may have been logged, then counts it and offers Undo when the answer comes', async () => {
    mountSessionPanel(lifetime.signal, 1000);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
    await waitFor(() => expect(notice()).not.toBeNull(), { timeout: 3000 });
    expect(notice()).toMatch(/did not answer within 1 seconds .* The touch may have been logged/);
    expect(total()).toBe('9');

    await waitFor(() => expect(total()).toBe('10'), { timeout: 3000 });
    expect(notice()).toBeNull();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('says it was not logged when the late answer is a failure', async () => {
    logAnswer = () => ({ ok: false, error: { kind: 'storage', message: 'The disk is full.' } });
    mountSessionPanel(lifetime.signal, 1000);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
    await waitFor(() => expect(notice()).toMatch(/may have been logged/), { timeout: 3000 });
    await waitFor(() => expect(notice()).toBe('Not logged: The disk is full.'), { timeout: 3000 });
    expect(total()).toBe('9');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
