// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamPage } from '../../../../components/team/TeamPage';
import { NOW, settings } from '../../metrics/builders';
import { dailyEmailsFor90Days } from '../daily-emails-90-days';
import { cacheWith } from '../team-cache';

vi.mock('../../../../components/team/import/CsvImport', () => ({ CsvImport: () => null }));
vi.mock('../../../../components/team/charts/load-chart', () => ({
  loadChart: () => Promise.reject(new Error('no canvas here')),
}));

afterEach(cleanup);

/**
 * Retention 60 days: Touchline holds activities from Monday 21 Sep on (weekly-chart-retention.test.ts),
 * so the weekly chart starts at that week: 21 Sep to the week of 16 Nov is 9 weeks, and its title and
 * name for screen readers say so, not "last 12 weeks".
 */
describe('the weekly chart when retention keeps less than 12 weeks', () => {
  it('is titled and named for the 9 weeks it shows', async () => {
    const db = cacheWith(dailyEmailsFor90Days());
    render(
      <TeamPage
        openDb={() => db}
        loadSettings={async () => settings({ retentionDays: 60 })}
        watchSettings={() => () => undefined}
        now={() => NOW}
      />,
    );
    await screen.findByText('Reps', { selector: 'h2' }, { timeout: 10_000 });
    expect(document.body.textContent).toContain('Touches per week, per rep (last 9 weeks)');
    const names = [...document.querySelectorAll('canvas[role="img"]')].map((c) => c.getAttribute('aria-label'));
    expect(names).toContain('Line chart of weekly touches for 1 rep over 9 weeks');
  });
});
