// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { yieldToPage } from '../../../lib/yield-to-page';
import { jordanLee } from '../components/view-fixtures';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

let lifetime = new AbortController();
beforeEach(() => {
  vi.mocked(sendToBackground).mockImplementation((async (name: string) => {
    const view = jordanLee();
    if (name === 'readingSaved') return { ok: true, status: 'read', recordKey: view.recordKey, view };
    if (name === 'logTouch') return { ok: true, view, touch: { key: 'touch-1' } };
    return { ok: true };
  }) as never);
});
afterEach(() => {
  cleanup();
  lifetime.abort();
  lifetime = new AbortController();
  vi.useRealTimers();
  vi.mocked(sendToBackground).mockReset();
});

const undoButton = () => screen.queryByRole('button', { name: 'Undo' });

/**
 * The whole panel on Jordan's page, then a call logged from it on a fake clock: the undo offer is
 * up and its time running. (vi.waitFor keeps real timers; PanelRoot draws on a MessageChannel tick.)
 */
async function logACall() {
  mountSessionPanel(lifetime.signal);
  const logButton = await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  fireEvent.click(logButton);
  await vi.waitFor(() => expect(undoButton()).not.toBeNull());
}

/** Moves the clock on, then lets the panel draw what the session did meanwhile. */
async function timePasses(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await yieldToPage();
  await yieldToPage();
}

describe('the undo offer after a one-click log (WCAG 2.2.1, enough time)', () => {
  it('goes 8 seconds after the log when nobody is on it', async () => {
    await logACall();
    await timePasses(7_900);
    expect(undoButton()).not.toBeNull();
    await timePasses(200);
    expect(undoButton()).toBeNull();
  });

  it('stays while keyboard focus is on it, however long, and goes 8 seconds after focus leaves', async () => {
    await logACall();
    (undoButton() as HTMLElement).focus();
    await timePasses(60_000);
    expect(undoButton()).not.toBeNull();
    screen.getByRole('button', { name: 'CRM page control' }).focus();
    await timePasses(7_900);
    expect(undoButton()).not.toBeNull();
    await timePasses(200);
    expect(undoButton()).toBeNull();
  });

  it('stays while the pointer is over it', async () => {
    await logACall();
    const offer = (undoButton() as HTMLElement).closest('.tl-undo') as HTMLElement;
    fireEvent.pointerEnter(offer);
    await timePasses(30_000);
    expect(undoButton()).not.toBeNull();
    fireEvent.pointerLeave(offer);
    await timePasses(8_100);
    expect(undoButton()).toBeNull();
  });
});
