// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamPage } from '../../../../components/team/TeamPage';
import { call, contact, deal, email, history, NOW, settings } from '../../metrics/builders';
import { cacheWith } from '../team-cache';

vi.mock('../../../../components/team/import/CsvImport', () => ({ CsvImport: () => null }));
vi.mock('../../../../components/team/charts/load-chart', () => ({
  loadChart: () => Promise.reject(new Error('no canvas here')),
}));

afterEach(cleanup);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

async function showTeam() {
  // Alex's first touches are in this period: the 30 days before it hold none.
  const db = cacheWith({
    activities: [
      email(daysAgo(3), 'Route pricing v2', { owner: 'Alex Morgan' }),
      email(daysAgo(2), 'Following up', { owner: 'Alex Morgan' }),
      call(daysAgo(1), 'connected', { owner: 'Alex Morgan' }),
    ],
    // A deal with no contacts and no touch: its row's basis has no activity at all.
    deals: [deal({ name: 'Fleet pilot', stage: 'Demo', amount: 5_000, stageHistory: history(['Demo', daysAgo(4)]) })],
    contacts: [contact()],
  });
  render(
    <TeamPage
      openDb={() => db}
      loadSettings={async () => settings({})}
      watchSettings={() => () => undefined}
      now={() => NOW}
    />,
  );
  await screen.findByText('Reps', { selector: 'h2' }, { timeout: 10_000 });
}

/** metrics.md "When a number cannot be computed": a zero denominator is "—" with the reason, never 0 % or NaN. */
describe('the team page where the period before had no touches', () => {
  it('shows "—", not 0, for each part\'s points of the period before (there is nothing to take points of)', async () => {
    await showTeam();
    const section = document.querySelector('[data-section="why-it-moved"]') as HTMLElement;
    const coverage = section.querySelector('tr[data-part="coverage"]') as HTMLElement;
    const cells = [...coverage.querySelectorAll('td')].map((td) => td.textContent);
    // 0 touches before, 3 after: 3 more touches from 1 more active contact; points of 0 touches cannot be computed.
    expect(cells[0]).toBe('+3');
    expect(cells[1]).toBe('—');
    // The channels' parts: 1 call and 2 emails per contact now against the same taken as before, 0 touches each.
    const channelPoints = [...section.querySelectorAll('tr[data-part="call"], tr[data-part="email"]')].map(
      (row) => row.querySelectorAll('td')[1]?.textContent,
    );
    expect(channelPoints).toEqual(['—', '—']);
    expect(section.textContent).toContain('Points of the period before: "—", as it had no touches on active contacts');
  });

  it('does not say "0 % of them imported" of a basis with no activity', async () => {
    await showTeam();
    const deals = screen.getByRole('region', { name: 'Deals' });
    expect(deals.textContent).toContain('touches from 0 activities on 0 contacts');
    expect(deals.textContent).not.toContain('0 activities on 0 contacts; 0 % of them imported');
    expect(deals.textContent).toContain('share imported: — (no activities)');
  });
});
