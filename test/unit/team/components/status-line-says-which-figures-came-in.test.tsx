// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamPage } from '../../../../components/team/TeamPage';
import { call, NOW, RITA, SAM, settings } from '../../metrics/builders';
import { cacheWith } from '../team-cache';

vi.mock('../../../../components/team/import/CsvImport', () => ({ CsvImport: () => null }));
vi.mock('../../../../components/team/charts/load-chart', () => ({
  loadChart: () => Promise.reject(new Error('no canvas here')),
}));

afterEach(cleanup);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

async function openPage() {
  const db = cacheWith({
    activities: [
      call(daysAgo(1), 'connected', { owner: 'Alex Morgan', contactKeys: [SAM] }),
      call(daysAgo(4), 'no-answer', { owner: 'Casey Nguyen', contactKeys: [RITA] }),
    ],
  });
  const { container } = render(
    <TeamPage
      openDb={() => db}
      loadSettings={async () => settings({ retentionDays: 400, period: '30d', motion: 'mid-market' })}
      watchSettings={() => () => undefined}
      now={() => NOW}
    />,
  );
  await waitFor(() => expect(container.querySelector('[data-rep="Casey Nguyen"]')).not.toBeNull(), { timeout: 10_000 });
  return container;
}

const statusLine = (container: Element) => container.querySelector('[role="status"].tl-team-progress') as HTMLElement;

/**
 * The status line is the team page's one live region for its figures: focus stays on the filter the
 * manager changed, so its words are all a screen reader user hears of the tables changing below.
 */
describe('the team page status line', () => {
  it('names the filters of the figures shown once the page has opened', async () => {
    const container = await openPage();
    await waitFor(() => expect(statusLine(container).dataset.state).toBe('ready'));
    expect(statusLine(container).textContent).toBe('Figures for every rep, last 30 days, mid-market outbound.');
  });

  it('says the figures were updated, for which owner and period, once another owner is chosen', async () => {
    const container = await openPage();
    const owner = container.querySelector('select[name="owner"]') as HTMLSelectElement;
    owner.value = 'Casey Nguyen';
    fireEvent.change(owner);
    await waitFor(() => expect(container.querySelector('[data-rep="Alex Morgan"]')).toBeNull(), { timeout: 10_000 });
    await waitFor(() => expect(statusLine(container).dataset.state).toBe('ready'));
    expect(statusLine(container).textContent).toBe(
      'Figures updated for Casey Nguyen, last 30 days, mid-market outbound.',
    );
  });

  it('speaks from outside the busy part: only the figures being computed again are marked aria-busy', async () => {
    const container = await openPage();
    const seen: { text: string; busy: boolean; sectionsBusy: boolean }[] = [];
    const observer = new MutationObserver(() => {
      const line = statusLine(container);
      if (line.dataset.state !== 'loading' || seen.at(-1)?.text === line.textContent) return;
      seen.push({
        text: line.textContent ?? '',
        busy: line.closest('[aria-busy="true"]') !== null,
        sectionsBusy: container.querySelector('[data-team-view]')?.getAttribute('aria-busy') === 'true',
      });
    });
    observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
    const period = container.querySelector('select[name="period"]') as HTMLSelectElement;
    period.value = '7d';
    fireEvent.change(period);
    await waitFor(
      () =>
        expect({ said: seen.length > 0, state: statusLine(container).dataset.state }).toEqual({
          said: true,
          state: 'ready',
        }),
      { timeout: 10_000 },
    );
    observer.disconnect();

    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.busy)).toEqual([]);
    expect(seen.every((s) => s.sectionsBusy)).toBe(true);
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });
});
