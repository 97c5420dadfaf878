// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { keptFrom, keptWithin } from '../../../lib/settings/kept-from';
import { loadSettings } from '../../../lib/settings/storage';
import { useSettings } from './use-settings-form';

function Harness() {
  const form = useSettings();
  return form ? <SettingsForm form={form} /> : null;
}

const control = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;
const DAY_MS = 86_400_000;

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/**
 * docs/your-data.md: "Lowering the setting takes effect at once in the numbers: ... the rows
 * themselves are deleted at the next daily run, so a mistyped value can still be put right."
 * A rep who types 40 for 400 and corrects it a moment later (no pruning run in between, nothing
 * deleted) must be back where they were: Touchline holds the last 400 days, and the team page's
 * 90-day figures are not cut at "40 days ago" for the next year.
 */
describe('a mistyped retention put right before the daily pruning', () => {
  it('holds the full 400 days again; the team page does not start at the mistyped cutoff', async () => {
    render(<Harness />);
    await screen.findByRole('heading', { name: 'Your selling' });
    fireEvent.change(control('retentionDays'), { target: { value: '40' } });
    await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(40));
    fireEvent.change(control('retentionDays'), { target: { value: '400' } });
    await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(400));

    const now = new Date();
    const settings = await loadSettings();
    // 400 days back from now, worked by hand: nothing was ever deleted.
    const expected = now.getTime() - 400 * DAY_MS;
    expect(Math.abs(keptFrom(settings, now).getTime() - expected)).toBeLessThan(60_000);
    // The team page's last 90 days reach back inside what is held: no "holds activities from" cut.
    expect(keptWithin(new Date(now.getTime() - 90 * DAY_MS), settings, now)).toBeUndefined();
  });
});
