// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { listLoggedTouches } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from '../db/world-readings';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

let lifetime = new AbortController();
let db: Promise<TouchlineDb>;
/** How the log's message breaks: after the background stored the touch, or before it was sent at all. */
let logBreaks: 'after-storing' | 'before-sending';

/**
 * The real background behind the panel; a log's message breaks before the panel stops waiting.
 * After the write: the service worker was stopped between the write and the answer, and Chrome
 * rejects with "The message port closed before a response was received", which is not the
 * "receiving end does not exist" that lib/content/messages.ts retries. Before it: the extension
 * was reloaded, and this page's copy of it can send nothing ("Extension context invalidated").
 */
beforeEach(() => {
  logBreaks = 'after-storing';
  db = freshDb();
  const service = createService({ db, now: () => new Date(), settings: () => defaultSettings('UTC') });
  vi.mocked(sendToBackground).mockImplementation((async (name: string, data: unknown) => {
    if (name === 'logTouch' && logBreaks === 'before-sending') throw new Error('Extension context invalidated.');
    const answer = await (service as never as Record<string, (d: unknown) => Promise<unknown>>)[name]?.(data);
    if (name !== 'logTouch') return answer ?? { ok: true };
    throw new Error('The message port closed before a response was received.');
  }) as never);
});
afterEach(() => {
  cleanup();
  lifetime.abort();
  lifetime = new AbortController();
  vi.mocked(sendToBackground).mockReset();
});

const notice = () => document.querySelector('.tl-notice[role="alert"]')?.textContent ?? null;

/**
 * A channel that breaks after the message went says nothing of whether the background stored the
 * touch: after the timeout the panel says so (UNCONFIRMED_LOST: "the touch may have been logged"),
 * and it said "Not logged" when the break came first, so the rep, told the call was not logged,
 * logged it again. A message that never left the page is not logged, and the panel says so.
 */
describe('a log whose message broke before the answer', () => {
  it('is not reported as "Not logged" when the background stored it', async () => {
    mountSessionPanel(lifetime.signal, 5000);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
    await waitFor(() => expect(notice()).not.toBeNull(), { timeout: 3000 });
    expect((await listLoggedTouches(await db)).touches).toHaveLength(1);
    expect(notice()).not.toMatch(/^Not logged/);
    expect(notice()).toMatch(/may have been logged/);
  });

  it('is reported as "Not logged" when the message never left the page', async () => {
    logBreaks = 'before-sending';
    mountSessionPanel(lifetime.signal, 5000);
    fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
    await waitFor(() => expect(notice()).not.toBeNull(), { timeout: 3000 });
    expect((await listLoggedTouches(await db)).touches).toHaveLength(0);
    expect(notice()).toMatch(/^Not logged: Touchline lost contact with its background/);
  });
});
