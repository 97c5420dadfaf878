// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamPage } from '../../../../components/team/TeamPage';
import { call, contact, deal, email, history, NOW, reply, settings } from '../../metrics/builders';
import { cacheWith } from '../team-cache';

vi.mock('../../../../components/team/import/CsvImport', () => ({ CsvImport: () => null }));
vi.mock('../../../../components/team/charts/load-chart', () => ({
  loadChart: () => Promise.reject(new Error('no canvas here')),
}));

afterEach(cleanup);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** One deal stored, one email answered and one call connected by one rep: counts of one in the singular. */
describe('the team page with one deal, one email and one call', () => {
  it('says "1 of 1 email answered", "1 of 1 call connected", "1 stored deal" and "(1 deal, open and closed)"', async () => {
    const db = cacheWith({
      activities: [
        email(daysAgo(3), 'Route pricing v2', { owner: 'Alex Morgan' }),
        reply(daysAgo(2.5), 'Re: Route pricing v2', { owner: 'Alex Morgan' }),
        call(daysAgo(1), 'connected', { owner: 'Alex Morgan' }),
      ],
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
    const text = document.body.textContent ?? '';
    const alex = document.querySelector('[data-rep="Alex Morgan"]')?.textContent ?? '';
    expect(alex).toContain('1 of 1 email answered');
    expect(alex).toContain('1 of 1 call connected');
    expect(text).toContain('1 open deal; typical times from 1 stored deal of the same account');
    expect(text).toContain('(1 deal, open and closed)');
    expect(text).not.toMatch(/\b1 (deals|emails|calls|reps|stages)\b/);
    // The charts' names for screen readers: one rep in the weekly and channel-mix charts.
    const chartNames = [...document.querySelectorAll('canvas[role="img"]')].map((c) => c.getAttribute('aria-label'));
    expect(chartNames).toContain('Line chart of weekly touches for 1 rep over 12 weeks');
    expect(chartNames).toContain("Stacked bar chart of each rep's touches by channel, 1 rep");
  });
});
