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
const field = (role: 'combobox' | 'textbox', name: string) =>
  within(form()).getByRole(role, { name }) as HTMLSelectElement | HTMLTextAreaElement;
const updatesSent = () =>
  vi
    .mocked(sendToBackground)
    .mock.calls.filter(([name]) => name === 'updateLoggedTouch')
    .map(([, data]) => data as unknown as { key: string; changes: Record<string, unknown> });

async function logACallAndSave(change: () => void) {
  background();
  mountSessionPanel(lifetime.signal);
  fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
  fireEvent.click(await screen.findByRole('button', { name: 'Add details' }));
  change();
  fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
  await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  // The undo offer is still up (8 s): "Add details" again.
  fireEvent.click(await screen.findByRole('button', { name: 'Add details' }));
}

/**
 * "Add details" a second time, while the undo offer stands, opens on what the first save said
 * (channel, direction, outcome, note), so a second save, to add a note say, keeps the first.
 */
describe('the details form opened again after a save', () => {
  it('opens inbound after inbound was saved, and a second save keeps it inbound', async () => {
    await logACallAndSave(() => fireEvent.change(field('combobox', 'direction'), { target: { value: 'inbound' } }));
    expect(field('combobox', 'direction').value).toBe('inbound');
    fireEvent.input(field('textbox', 'note'), { target: { value: 'they called back' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(updatesSent()).toHaveLength(2));
    expect(updatesSent()[1]).toEqual({
      key: 'touch-1',
      changes: { channel: 'call', direction: 'inbound', note: 'they called back' },
    });
  });

  it('opens on the SMS channel saved, with the offer saying so, and a second save keeps it', async () => {
    await logACallAndSave(() => fireEvent.change(field('combobox', 'channel'), { target: { value: 'sms' } }));
    expect(field('combobox', 'channel').value).toBe('sms');
    fireEvent.click(within(form()).getByRole('button', { name: 'Cancel' }));
    // The undo offer names the touch as it is now.
    expect(screen.getByText('Logged an SMS')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    fireEvent.input(field('textbox', 'note'), { target: { value: 'texted back' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(updatesSent()).toHaveLength(2));
    expect(updatesSent()[1]?.changes).toEqual({ channel: 'sms', direction: 'outbound', note: 'texted back' });
  });

  it('opens on the outcome and note saved, and sends them cleared when the rep clears them', async () => {
    await logACallAndSave(() => {
      fireEvent.change(field('combobox', 'outcome'), { target: { value: 'connected' } });
      fireEvent.input(field('textbox', 'note'), { target: { value: 'spoke to Jordan' } });
    });
    expect(field('combobox', 'outcome').value).toBe('connected');
    expect(field('textbox', 'note').value).toBe('spoke to Jordan');
    fireEvent.change(field('combobox', 'outcome'), { target: { value: '' } });
    fireEvent.input(field('textbox', 'note'), { target: { value: '' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(updatesSent()).toHaveLength(2));
    expect(updatesSent()[1]?.changes).toEqual({ channel: 'call', direction: 'outbound', outcome: 'unknown', note: '' });
  });
});

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
