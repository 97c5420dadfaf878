import { describe, expect, it, vi } from 'vitest';

const ask = vi.fn();
vi.mock('../../../lib/content/messages', () => ({ ask: (...args: unknown[]) => ask(...args) }));
const { settingsActions } = await import('../../../lib/content/settings-actions');

/** The period switch says a failed save (components/period-switch.ts): the content script passes the background's answer on. */
describe('choosing the period from the panel', () => {
  it('answers why the period was not saved when the background could not save it', async () => {
    ask.mockResolvedValueOnce({
      ok: false,
      error: { kind: 'storage', message: 'Touchline could not save the period.' },
    });
    await expect(settingsActions.choosePeriod('7d')).resolves.toBe('Touchline could not save the period.');
    expect(ask).toHaveBeenCalledWith('choosePeriod', { period: '7d' });
  });

  it('answers null once the background saved it', async () => {
    ask.mockResolvedValueOnce({ ok: true, value: null });
    await expect(settingsActions.choosePeriod('90d')).resolves.toBeNull();
  });
});
