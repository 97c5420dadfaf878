// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { jordanLee } from '../components/view-fixtures';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

const QUOTA = 'The local database could not be opened (quota exceeded).';
const NOTE = 'Called back from mobile, wants pricing for 40 trucks';

let lifetime = new AbortController();
afterEach(() => {
  cleanup();
  lifetime.abort();
  lifetime = new AbortController();
  vi.mocked(sendToBackground).mockReset();
});

/** The background: reads and logs answer at once; a details save answers with `saved`. */
function background(saved: () => Promise<unknown>) {
  vi.mocked(sendToBackground).mockImplementation((async (name: string) => {
    const view = jordanLee();
    if (name === 'readingSaved') return { ok: true, status: 'read', recordKey: view.recordKey, view };
    if (name === 'logTouch') return { ok: true, view, touch: { key: 'touch-1' } };
    if (name === 'updateLoggedTouch') return saved();
    return { ok: true };
  }) as never);
}

const form = () => screen.getByRole('form', { name: 'Details of the touch just logged' });
const updatesSent = () => vi.mocked(sendToBackground).mock.calls.filter(([name]) => name === 'updateLoggedTouch');

async function logACallAndTypeANote() {
  fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
  fireEvent.click(await screen.findByRole('button', { name: 'Add details' }));
  fireEvent.input(within(form()).getByRole('textbox', { name: 'note' }), { target: { value: NOTE } });
  fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
}

describe('"Save details" on the touch just logged, with the record session answering', () => {
  it('keeps the form open with the note typed when the background fails to save it, and says why', async () => {
    background(async () => ({ ok: false, error: { kind: 'storage', message: QUOTA } }));
    mountSessionPanel(lifetime.signal);
    await logACallAndTypeANote();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(`Details not saved: ${QUOTA}`));
    const note = within(form()).getByRole('textbox', { name: 'note' }) as HTMLTextAreaElement;
    expect(note.value).toBe(NOTE);
    expect(updatesSent()).toHaveLength(1);
  });

  it('closes the form once the background has saved the details', async () => {
    background(async () => ({ ok: true, view: jordanLee(), touch: { key: 'touch-1' } }));
    mountSessionPanel(lifetime.signal);
    await logACallAndTypeANote();
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(updatesSent()).toHaveLength(1);
  });

  it('sends the details once when Save is pressed again before the first save is answered', async () => {
    let answer: (value: unknown) => void = () => undefined;
    background(() => new Promise((resolve) => (answer = resolve)));
    mountSessionPanel(lifetime.signal);
    await logACallAndTypeANote();
    fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
    answer({ ok: true, view: jordanLee(), touch: { key: 'touch-1' } });
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(updatesSent()).toHaveLength(1);
  });

  it('keeps the form when the background does not answer the save in time, and says so', async () => {
    background(() => new Promise(() => {}));
    mountSessionPanel(lifetime.signal, 300);
    await logACallAndTypeANote();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /^Details not saved: Touchline’s background did not answer/,
      ),
    );
    expect((within(form()).getByRole('textbox', { name: 'note' }) as HTMLTextAreaElement).value).toBe(NOTE);
  });
});
