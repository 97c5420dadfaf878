// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createService, type Service } from '../../../lib/background/service';
import { listLoggedTouches } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import { sendToBackground } from '../../../lib/messaging/content-messenger';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from '../db/world-readings';
import { mountSessionPanel } from './session-panel';

vi.mock('../../../lib/messaging/content-messenger', () => ({ sendToBackground: vi.fn() }));

const START = new Date('2026-11-20T15:00:00.000Z');
const MINUTE = 60_000;
let lifetime = new AbortController();
let db: Promise<TouchlineDb>;
let firstLost = true;

/**
 * The real background behind the panel. The first log is stored, then its message channel breaks
 * before the answer reaches the tab (the worker was stopped after the write): the late answer
 * never comes. Every later log is answered at once.
 */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  db = freshDb();
  firstLost = true;
  const service: Service = createService({ db, now: () => new Date(), settings: () => defaultSettings('UTC') });
  vi.mocked(sendToBackground).mockImplementation((async (name: keyof Service, data: unknown) => {
    if (name !== 'logTouch') return service[name](data);
    const answer = await service.logTouch(data);
    if (!firstLost) return answer;
    firstLost = false;
    return new Promise(() => {});
  }) as never);
});
afterEach(() => {
  cleanup();
  lifetime.abort();
  lifetime = new AbortController();
  vi.useRealTimers();
  vi.mocked(sendToBackground).mockReset();
});

const logRequests = () => vi.mocked(sendToBackground).mock.calls.filter(([name]) => name === 'logTouch');
const storedCalls = async () => (await listLoggedTouches(await db)).touches.map((t) => t.timestamp);

async function clickCall() {
  const sent = logRequests().length;
  fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
  await waitFor(() => expect(logRequests()).toHaveLength(sent + 1));
}

/**
 * metrics.md "Logging a missed touch": one click logs a touch "with now as the time"; duplicate
 * rule 3 merges two logged calls only within 2 minutes. A click retries an unconfirmed log only
 * within 10 minutes (lib/content/unconfirmed-logs.ts): a second real call an hour after a log
 * whose answer never came is a second call (from 115a1a5 until that window, it was stored as one).
 */
describe('a call logged an hour after a log the background never answered', () => {
  it('is stored as a second call, at its own time', async () => {
    mountSessionPanel(lifetime.signal, 1000);
    await clickCall();
    await waitFor(
      () => expect(document.querySelector('.tl-notice[role="alert"]')?.textContent).toMatch(/may have been logged/),
      {
        timeout: 3000,
      },
    );
    vi.setSystemTime(new Date(START.getTime() + 60 * MINUTE));
    await clickCall();

    await waitFor(async () => expect(await storedCalls()).toHaveLength(2), { timeout: 3000 });
    expect(await storedCalls()).toEqual([START.toISOString(), new Date(START.getTime() + 60 * MINUTE).toISOString()]);
  });
});
