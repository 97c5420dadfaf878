// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { yieldToPage } from '../../../lib/yield-to-page';
import { jordanLee } from '../components/view-fixtures';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

let lifetime = new AbortController();
beforeEach(() => {
  let logged = 0;
  vi.mocked(sendToBackground).mockImplementation((async (name: string, data: { key?: string }) => {
    const view = jordanLee();
    if (name === 'readingSaved') return { ok: true, status: 'read', recordKey: view.recordKey, view };
    if (name === 'logTouch') return { ok: true, view, touch: { key: `touch-${++logged}` } };
    if (name === 'updateLoggedTouch') return { ok: true, view, touch: { key: data.key } };
    return { ok: true, view };
  }) as never);
});
afterEach(() => {
  cleanup();
  lifetime.abort();
  lifetime = new AbortController();
  vi.useRealTimers();
  vi.mocked(sendToBackground).mockReset();
});

const form = () => screen.getByRole('form', { name: 'Details of the touch just logged' });
const note = () => within(form()).getByRole('textbox', { name: 'note' }) as HTMLTextAreaElement;
const sent = (name: string) => vi.mocked(sendToBackground).mock.calls.filter(([n]) => n === name);

async function timePasses(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await yieldToPage();
  await yieldToPage();
}

/** A call logged and its details being typed, then a slip onto "Log an email", right above the form. */
async function emailLoggedWhileTypingTheCallsDetails() {
  mountSessionPanel(lifetime.signal);
  const logCall = await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  fireEvent.click(logCall);
  await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Add details' })).not.toBeNull());
  fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
  fireEvent.input(note(), { target: { value: 'mobile' } });
  fireEvent.click(screen.getByRole('button', { name: 'Log an email' }));
  await vi.waitFor(() => expect(sent('logTouch')).toHaveLength(2));
  await timePasses(0);
}

describe('an email logged by mistake while the details of a call are being typed', () => {
  it('has its offer beside the form at once, with Undo but no second "Add details"', async () => {
    await emailLoggedWhileTypingTheCallsDetails();

    const offer = screen.getByText('Logged an email').closest('[role="status"]') as HTMLElement;
    expect(within(offer).queryByRole('button', { name: 'Undo' })).not.toBeNull();
    expect(within(offer).queryByRole('button', { name: 'Add details' })).toBeNull();
    // The form is still the call's, with what was typed.
    expect((within(form()).getByRole('combobox', { name: 'channel' }) as HTMLSelectElement).value).toBe('call');
    expect(note().value).toBe('mobile');
  });

  it('can still be undone once the call’s details are saved, however long the typing took', async () => {
    await emailLoggedWhileTypingTheCallsDetails();
    fireEvent.input(note(), {
      target: { value: 'mobile call, he wants the Q1 pricing sheet and a demo for the ops team' },
    });
    await timePasses(12_000);
    fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
    await vi.waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    await timePasses(0);

    expect(sent('updateLoggedTouch').map(([, data]) => (data as { key: string }).key)).toEqual(['touch-1']);
    expect(screen.queryByText('Logged an email')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(() => expect(sent('undoLoggedTouch')).toHaveLength(1));
    expect(sent('undoLoggedTouch')[0]?.[1]).toEqual({ key: 'touch-2' });
  });

  it('once the form is closed, goes in 8 seconds as any offer does', async () => {
    await emailLoggedWhileTypingTheCallsDetails();
    fireEvent.click(within(form()).getByRole('button', { name: 'Cancel' }));
    await timePasses(0);
    // Focus went from Cancel to the email's "Add details"; moved off it, the offer's time runs.
    const addDetails = screen.getByRole('button', { name: 'Add details' });
    expect(document.activeElement).toBe(addDetails);
    addDetails.blur();
    await timePasses(7_000);
    expect(screen.queryByText('Logged an email')).not.toBeNull();
    await timePasses(1_500);
    expect(screen.queryByText('Logged an email')).toBeNull();
  });
});
