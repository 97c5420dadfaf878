import { describe, expect, it } from 'vitest';
import { createUnconfirmedLogs, RETRY_WINDOW_MS } from '../../../lib/content/unconfirmed-logs';

const START = new Date('2026-11-20T15:00:00.000Z');
const later = (ms: number) => new Date(START.getTime() + ms);
const CALL = { channel: 'call' } as const;

function logs() {
  let n = 0;
  return createUnconfirmedLogs(() => `log-${++n}`);
}

/**
 * A click of the same touch retries an unconfirmed log only within RETRY_WINDOW_MS of when the
 * panel last heard of it (sent it, or said it could not confirm it); after that, or once every
 * send of it failed, a click is a new touch at its own time. The clock is the `now` passed in.
 */
describe('the window in which a click retries an unconfirmed log', () => {
  it('is 10 minutes, as the notice says', () => {
    expect(RETRY_WINDOW_MS).toBe(10 * 60_000);
  });

  it('retries the log at the end of the window, and sends a new one just after it', () => {
    const unconfirmed = logs();
    const first = unconfirmed.send('rec', CALL, START);
    expect(unconfirmed.send('rec', CALL, later(RETRY_WINDOW_MS))).toBe(first);

    const other = logs();
    other.send('rec', CALL, START);
    const late = other.send('rec', CALL, later(RETRY_WINDOW_MS + 1));
    expect(late).toMatchObject({ logId: 'log-2', timestamp: later(RETRY_WINDOW_MS + 1).toISOString() });
  });

  it('counts the window from the notice that the log was not confirmed', () => {
    const unconfirmed = logs();
    const first = unconfirmed.send('rec', CALL, START);
    unconfirmed.unanswered(first, later(20_000));
    expect(unconfirmed.send('rec', CALL, later(20_000 + RETRY_WINDOW_MS))).toBe(first);
  });

  it('counts it again from each retry', () => {
    const unconfirmed = logs();
    const first = unconfirmed.send('rec', CALL, START);
    unconfirmed.send('rec', CALL, later(8 * 60_000));
    expect(unconfirmed.send('rec', CALL, later(8 * 60_000 + RETRY_WINDOW_MS))).toBe(first);
  });

  it('forgets the log once its only send failed, but not while a retry of it is still awaited', () => {
    const unconfirmed = logs();
    const first = unconfirmed.send('rec', CALL, START);
    unconfirmed.send('rec', CALL, later(60_000));
    expect(unconfirmed.failed(first)).toBe(false);
    expect(unconfirmed.send('rec', CALL, later(2 * 60_000))).toBe(first);
    expect(unconfirmed.failed(first)).toBe(false);
    expect(unconfirmed.failed(first)).toBe(true);
    expect(unconfirmed.send('rec', CALL, later(3 * 60_000)).logId).toBe('log-2');
  });

  it('keeps a log answered late from settling the new log that replaced it', () => {
    const unconfirmed = logs();
    const stale = unconfirmed.send('rec', CALL, START);
    const fresh = unconfirmed.send('rec', CALL, later(RETRY_WINDOW_MS + 1));
    unconfirmed.answered(stale);
    expect(unconfirmed.failed(stale)).toBe(false);
    expect(unconfirmed.send('rec', CALL, later(RETRY_WINDOW_MS + 60_000))).toBe(fresh);
  });
});
