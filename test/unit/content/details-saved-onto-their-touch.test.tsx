// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { jordanLee } from '../components/view-fixtures';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

let lifetime = new AbortController();
afterEach(() => {
  cleanup();
  lifetime.abort();
  lifetime = new AbortController();
  vi.mocked(sendToBackground).mockReset();
});

/** The background: each log stores a new touch (touch-1, touch-2, ...); every save succeeds. */
function background() {
  let logged = 0;
  vi.mocked(sendToBackground).mockImplementation((async (name: string, data: { key?: string }) => {
    const view = jordanLee();
    if (name === 'readingSaved') return { ok: true, status: 'read', recordKey: view.recordKey, view };
    if (name === 'logTouch') return { ok: true, view, touch: { key: `touch-${++logged}` } };
    if (name === 'updateLoggedTouch') return { ok: true, view, touch: { key: data.key } };
    return { ok: true };
  }) as never);
}

const form = () => screen.getByRole('form', { name: 'Details of the touch just logged' });
const sent = (message: string) => vi.mocked(sendToBackground).mock.calls.filter(([name]) => name === message);

/**
 * The details form belongs to the touch it was opened for. The log buttons stay above it, so a
 * rep typing a note for a call may log an email meanwhile: the form stays with what was typed,
 * and Save puts the note on the call; the email keeps its own details (and its undo offer
 * shows once the form is done).
 */
describe('details typed for a call while an email is logged', () => {
  it('are saved onto the call, and the email is left as it was logged', async () => {
    background();
    mountSessionPanel(lifetime.signal);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add details' }));
    fireEvent.input(within(form()).getByRole('textbox', { name: 'note' }), { target: { value: 'mobile call' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log an email' }));
    await waitFor(() => expect(sent('logTouch')).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));

    // Still the call's form, with the note typed.
    expect((within(form()).getByRole('combobox', { name: 'channel' }) as HTMLSelectElement).value).toBe('call');
    expect((within(form()).getByRole('textbox', { name: 'note' }) as HTMLTextAreaElement).value).toBe('mobile call');
    fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());

    expect(sent('updateLoggedTouch').map(([, data]) => data)).toEqual([
      { key: 'touch-1', changes: { channel: 'call', direction: 'outbound', note: 'mobile call' } },
    ]);
    expect(await screen.findByText('Logged an email')).toBeTruthy();
  });
});
