// @vitest-environment happy-dom
// The team page and a settings change saved in another tab.
// docs/settings.md: "Saved settings apply in every open tab at once: open panels compute their numbers
// again without a reload." decisions.md (Backups): "Settings apply to all tabs."
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamPage } from '../../../../components/team/TeamPage';
import type { TouchlineDb } from '../../../../lib/db/schema';
import { loadSettings, updateSettings, watchSettings } from '../../../../lib/settings/storage';
import { email, JORDAN, NOW, settings } from '../../metrics/builders';
import { cacheWith } from '../team-cache';

vi.mock('../../../../components/team/import/CsvImport', () => ({ CsvImport: () => null }));
vi.mock('../../../../components/team/charts/load-chart', () => ({
  loadChart: () => Promise.reject(new Error('no canvas here')),
}));

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

const repTouches = () =>
  document.querySelector('[data-rep="Alex Morgan"] [data-metric="rep-touches"]')?.getAttribute('data-value');

describe('the team page after a setting is saved in another tab', () => {
  it('drops the sequence email from Alex’s touches once "count automated touches" is turned off in another tab (3 → 2), without a reload (settings.md: "Saved settings apply in every open tab at once")', async () => {
    await updateSettings({ ...settings(), countAutomated: true });
    const db = cacheWith({
      activities: [
        email(daysAgo(5), 'Route pricing v2', { owner: 'Alex Morgan', contactKeys: [JORDAN] }),
        email(daysAgo(4), 'Sequence step 2', { owner: 'Alex Morgan', contactKeys: [JORDAN], automated: true }),
        email(daysAgo(3), 'Following up', { owner: 'Alex Morgan', contactKeys: [JORDAN] }),
      ],
    });
    render(<TeamPage openDb={() => db} loadSettings={loadSettings} watchSettings={watchSettings} now={() => NOW} />);
    await screen.findByText('Reps', { selector: 'h2' }, { timeout: 10_000 });
    // By hand: three emails to one active contact in the last 30 days, the sequence one counted.
    expect(repTouches()).toBe('3');

    // The manager turns the setting off on the options page (another tab).
    await updateSettings({ countAutomated: false });
    // metrics.md: left out of every touch figure, shown apart: 2 manual emails.
    await waitFor(() => expect(repTouches()).toBe('2'), { timeout: 5_000 });
    // The page's own refresh computes again with the saved settings, not the ones it opened with.
    fireEvent.click(document.querySelector('[data-action="refresh"]') as Element);
    await waitFor(() => expect(document.querySelector('[aria-busy]')).toBeNull(), { timeout: 5_000 });
    expect(repTouches()).toBe('2');
  });
});

/**
 * The team page reads the settings and opens the cache together (components/team/TeamPage.tsx): a
 * save that lands after the settings were read and before the cache is open (an upgrade of the
 * cache, a slow disk) reaches the watch while there is nothing to compute yet, and applies once the
 * cache is open (it was dropped: the page computed with the settings first read until a reload).
 */
describe('a setting saved while the team page is still opening its cache', () => {
  it('is applied: Alex’s touches are 2 once "count automated touches" is turned off, not the 3 counted under the setting first read', async () => {
    await updateSettings({ ...settings(), countAutomated: true });
    const db = cacheWith({
      activities: [
        email(daysAgo(5), 'Route pricing v2', { owner: 'Alex Morgan', contactKeys: [JORDAN] }),
        email(daysAgo(4), 'Sequence step 2', { owner: 'Alex Morgan', contactKeys: [JORDAN], automated: true }),
        email(daysAgo(3), 'Following up', { owner: 'Alex Morgan', contactKeys: [JORDAN] }),
      ],
    });
    let open: (db: TouchlineDb) => void = () => undefined;
    const opening = new Promise<TouchlineDb>((resolve) => {
      open = resolve;
    });
    const read = vi.fn(loadSettings);
    render(<TeamPage openDb={() => opening} loadSettings={read} watchSettings={watchSettings} now={() => NOW} />);
    await waitFor(() => expect(read).toHaveBeenCalled());
    await read.mock.results[0]?.value;

    // The options page (another tab) saves while the cache is still opening.
    await updateSettings({ countAutomated: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    open(await db);

    await screen.findByText('Reps', { selector: 'h2' }, { timeout: 10_000 });
    await waitFor(() => expect(document.querySelector('[aria-busy]')).toBeNull(), { timeout: 5_000 });
    // By hand: 2 manual emails to one active contact; the sequence email is left out (metrics.md).
    expect(repTouches()).toBe('2');
  });

  it('sets the first filters from it: the period saved as "last 7 days" while opening is the one chosen', async () => {
    await updateSettings({ ...settings(), period: '30d' });
    let open: (db: TouchlineDb) => void = () => undefined;
    const opening = new Promise<TouchlineDb>((resolve) => {
      open = resolve;
    });
    const read = vi.fn(loadSettings);
    render(<TeamPage openDb={() => opening} loadSettings={read} watchSettings={watchSettings} now={() => NOW} />);
    await waitFor(() => expect(read).toHaveBeenCalled());
    await read.mock.results[0]?.value;

    await updateSettings({ period: '7d' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    open(await cacheWith({ activities: [] }));

    await waitFor(() => expect(document.querySelector<HTMLSelectElement>('select[name="period"]')?.value).toBe('7d'));
  });
});
