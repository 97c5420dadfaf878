// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '../../../lib/settings/storage';
import { renderForm } from './form-harness';

// In the browser a save comes back as a storage change some time after it was written, and a
// value equal to the one stored raises no change at all (Chrome compares before it reports).
vi.mock('../../../lib/settings/storage', async (importOriginal) => {
  const storage = await importOriginal<typeof import('../../../lib/settings/storage')>();
  return {
    ...storage,
    watchSettings: (onChange: Parameters<typeof storage.watchSettings>[0]) =>
      storage.watchSettings((next, previous) => {
        if (JSON.stringify(next) !== JSON.stringify(previous)) setTimeout(() => onChange(next, previous), 30);
      }),
  };
});

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const midMarket = () => loadSettings().then((s) => s.cadences['mid-market']);

/**
 * The project guide: "nothing lost on bad input", and a user presses faster than storage answers.
 * Each save comes back from storage as a change; an earlier one arriving after a later change was
 * made must not put the earlier steps back, or the next change builds on them and one is lost.
 */
describe('changes made faster than storage answers', () => {
  it('removing the last step three times in a row leaves 3 of the 6 mid-market steps, on screen and stored', async () => {
    await renderForm();
    // metrics.md mid-market: 0 email, 2 call, 4 email, 7 call, 10 social, 14 email.
    // A press every 20 ms; each save comes back 30 ms after it was written, so the first is back between the second and the third.
    for (const step of [6, 5, 4]) {
      fireEvent.click(screen.getByRole('button', { name: `Remove step ${step}` }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await waitFor(async () => expect(await midMarket()).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await midMarket()).toEqual([
      { day: 0, channel: 'email' },
      { day: 2, channel: 'call' },
      { day: 4, channel: 'email' },
    ]);
    expect(screen.queryByRole('button', { name: 'Remove step 4' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove step 3' })).toBeTruthy();
  });

  it('follows another tab back to a value this page saved unchanged before (that save never came back)', async () => {
    await renderForm();
    const followUp = () => document.querySelector('[name="followUpDays"]') as HTMLInputElement;
    // The default 14 saved again: storage holds it already, so no change comes back for it.
    fireEvent.change(followUp(), { target: { value: '14' } });
    await waitFor(() => expect(followUp().getAttribute('aria-describedby')).toBeTruthy());
    await new Promise((resolve) => setTimeout(resolve, 100));
    await updateSettings({ followUpDays: 21 });
    await waitFor(() => expect(followUp().value).toBe('21'));
    await updateSettings({ followUpDays: 14 });
    await waitFor(() => expect(followUp().value).toBe('14'));
  });
});
