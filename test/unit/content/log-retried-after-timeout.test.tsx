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
/** How the background treats each log it gets, in turn: the default answers at once. */
let logFates: ('lost' | 'broken' | 'answered' | 'refused')[];

/**
 * The real background (service and database) behind the panel. A log whose answer is "lost" is
 * stored and never answered (the worker stopped after the write, or is busy past any wait);
 * a "broken" one is stored and its message breaks 1.5 s later, after the panel stopped waiting
 * (the worker stopped mid-answer); a "refused" one is answered with a failure and nothing stored.
 */
function background(): Service {
  const service = createService({ db, now: () => new Date(), settings: () => defaultSettings('UTC') });
  vi.mocked(sendToBackground).mockImplementation((async (name: keyof Service, data: unknown) => {
    if (name !== 'logTouch') return service[name](data);
    const fate = logFates.shift() ?? 'answered';
    if (fate === 'refused') return { ok: false, error: { kind: 'storage', message: 'The disk is full.' } };
    const answer = await service.logTouch(data);
    if (fate === 'broken') {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      throw new Error('The message port closed before a response was received.');
    }
    return fate === 'lost' ? new Promise(() => {}) : answer;
  }) as never);
  return service;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  db = freshDb();
  logFates = [];
  background();
});
afterEach(() => {
  cleanup();
  lifetime.abort();
  lifetime = new AbortController();
  vi.useRealTimers();
  vi.mocked(sendToBackground).mockReset();
});

const notice = () => document.querySelector('.tl-notice[role="alert"]')?.textContent ?? null;
const storedCalls = async () => (await listLoggedTouches(await db)).touches.map((t) => t.timestamp);
const logRequests = () =>
  vi
    .mocked(sendToBackground)
    .mock.calls.filter(([name]) => name === 'logTouch')
    .map(([, data]) => data as { logId?: string; timestamp?: string });
const minutesLater = (minutes: number) => vi.setSystemTime(new Date(Date.now() + minutes * MINUTE));

async function clickCall() {
  const sent = logRequests().length;
  fireEvent.click(await screen.findByRole('button', { name: 'Log a call' }, { timeout: 8000 }));
  await waitFor(() => expect(logRequests()).toHaveLength(sent + 1));
}

/** The first call logged, stored, and its answer lost: the panel says it could not confirm it. */
async function callLoggedUnconfirmed() {
  logFates = ['lost'];
  mountSessionPanel(lifetime.signal, 1000);
  await clickCall();
  await waitFor(() => expect(notice()).toMatch(/may have been logged/), { timeout: 3000 });
  expect(await storedCalls()).toEqual([START.toISOString()]);
}

/**
 * metrics.md "Duplicate" rule 3 merges two logged calls only within 2 minutes; a rep who clicks
 * "Call" again after the panel said it could not confirm the first is retrying that call, however
 * long they waited. The retry sends the click's own id and time again, so the one call is stored
 * once; a call logged after the panel confirmed the first is a new call.
 */
describe('a log whose answer never came, clicked again minutes later', () => {
  it('stores the one call once, at the time of the first click', async () => {
    await callLoggedUnconfirmed();
    minutesLater(3);
    await clickCall();

    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy());
    expect(notice()).toBeNull();
    expect(await storedCalls()).toEqual([START.toISOString()]);
    const [first, retry] = logRequests();
    expect(retry?.logId).toBe(first?.logId);
  });

  it('says after the timeout that clicking again retries this call, never logging it twice', async () => {
    await callLoggedUnconfirmed();
    expect(notice()).toMatch(
      /may have been logged: .* Log a call again within 10 minutes to retry it: it is never counted twice\.$/,
    );
  });

  it('logs a second call, clicked after the retry was confirmed, as a new call', async () => {
    await callLoggedUnconfirmed();
    minutesLater(3);
    await clickCall();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy());
    minutesLater(10);
    await clickCall();

    await waitFor(async () => expect(await storedCalls()).toHaveLength(2));
    expect(await storedCalls()).toEqual([START.toISOString(), new Date(START.getTime() + 13 * MINUTE).toISOString()]);
    const [first, , next] = logRequests();
    expect(next?.logId).not.toBe(first?.logId);
  });

  it('logs a call clicked after the background said "not logged" as a new call, at its own time', async () => {
    logFates = ['refused'];
    mountSessionPanel(lifetime.signal, 1000);
    await clickCall();
    await waitFor(() => expect(notice()).toBe('Not logged: The disk is full.'));
    minutesLater(5);
    await clickCall();

    await waitFor(async () =>
      expect(await storedCalls()).toEqual([new Date(START.getTime() + 5 * MINUTE).toISOString()]),
    );
    const [refused, next] = logRequests();
    expect(next?.logId).not.toBe(refused?.logId);
  });

  it('logs a call clicked after the message of the unconfirmed log broke as a new call, at its own time', async () => {
    logFates = ['broken'];
    mountSessionPanel(lifetime.signal, 1000);
    await clickCall();
    await waitFor(() => expect(notice()).toMatch(/may have been logged/), { timeout: 3000 });
    await waitFor(() => expect(notice()).toMatch(/stopped before it answered: .* Reload the page/), { timeout: 3000 });
    minutesLater(3);
    await clickCall();

    await waitFor(async () => expect(await storedCalls()).toHaveLength(2));
    expect(await storedCalls()).toEqual([START.toISOString(), new Date(START.getTime() + 3 * MINUTE).toISOString()]);
    const [broken, next] = logRequests();
    expect(next?.logId).not.toBe(broken?.logId);
  });
});
