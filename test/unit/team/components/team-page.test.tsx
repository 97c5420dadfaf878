// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamPage } from '../../../../components/team/TeamPage';
import { logTouch } from '../../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../../lib/db/schema';
import type { PeriodChoice } from '../../../../lib/settings/period-choice';
import { call, contact, deal, email, history, NOW, RITA, SAM, settings } from '../../metrics/builders';
import { cacheWith } from '../team-cache';

vi.mock('../../../../components/team/import/CsvImport', () => ({ CsvImport: () => null }));
// happy-dom has no canvas: every chart falls back to its table, which is what screen readers get anyway.
vi.mock('../../../../components/team/charts/load-chart', () => ({
  loadChart: () => Promise.reject(new Error('no canvas here')),
}));

afterEach(cleanup);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

const stalled = deal({
  name: 'Stalled pilot',
  stage: 'Demo',
  amount: 5_000,
  stageHistory: history(['Demo', daysAgo(40)]),
  contacts: [{ id: '901', name: 'Jordan Lee' }],
});
const onTrack = deal({
  name: 'On-track pilot',
  stage: 'Qualified',
  amount: 90_000,
  stageHistory: history(['Qualified', daysAgo(2)]),
});

function showPage(db: Promise<TouchlineDb>, retentionDays = 400, period: PeriodChoice = '30d') {
  render(
    <TeamPage
      openDb={() => db}
      loadSettings={async () => settings({ retentionDays, period })}
      watchSettings={() => () => undefined}
      now={() => NOW}
    />,
  );
}

const cache = () =>
  cacheWith({
    activities: [
      email(daysAgo(3), 'Route pricing v2', { owner: 'Alex Morgan' }),
      email(daysAgo(2), 'Following up', { owner: 'Alex Morgan' }),
      call(daysAgo(1), 'connected', { owner: 'Alex Morgan', contactKeys: [SAM] }),
      call(daysAgo(4), 'no-answer', { owner: 'Casey Nguyen', contactKeys: [RITA] }),
    ],
    deals: [onTrack, stalled],
    contacts: [contact()],
  });

const ready = () => screen.findByText('Reps', { selector: 'h2' }, { timeout: 10_000 });

function metric(row: Element, name: string): string | null {
  return row.querySelector(`[data-metric="${name}"]`)?.getAttribute('data-value') ?? null;
}

describe('TeamPage', () => {
  it('gives each rep a data-rep row with the contract cells, under a team row', async () => {
    showPage(cache());
    await ready();
    const alex = document.querySelector('[data-rep="Alex Morgan"]') as Element;
    expect([
      metric(alex, 'rep-touches'),
      metric(alex, 'rep-active-contacts'),
      metric(alex, 'rep-touches-per-contact'),
      metric(alex, 'rep-early-warning'),
    ]).toEqual(['3', '2', '1.50', '']);
    // Alex's first touch was 3 days ago: no 4 weeks to compare with, so no verdict (contracts.md: an empty value and its reason).
    expect(alex.querySelector('[data-metric="rep-early-warning"]')?.getAttribute('data-reason')).toBe('short-history');
    const casey = document.querySelector('[data-rep="Casey Nguyen"]') as Element;
    expect(metric(casey, 'rep-touches-per-contact')).toBe('1.00');
    const team = document.querySelector('[data-team]') as Element;
    expect(metric(team, 'rep-touches')).toBe('4');
    expect(document.querySelectorAll('tbody tr[data-rep]')).toHaveLength(2);
    const reps = screen.getByRole('region', { name: 'Reps' });
    expect(within(reps).getByText(/from 4 activities on 3 contacts; 0 % of them imported/)).toBeTruthy();
  });

  it('says the early warning was not computed, with an empty value and its reason, when retention is too short', async () => {
    showPage(cache(), 30);
    await ready();
    const cell = document.querySelector('[data-rep="Alex Morgan"] [data-metric="rep-early-warning"]') as Element;
    expect([cell.getAttribute('data-value'), cell.getAttribute('data-reason'), cell.textContent]).toEqual([
      '',
      'beyond-retention',
      'Not computed',
    ]);
    expect(cell.parentElement?.textContent).toMatch(/further than the 30 days of activities Touchline keeps/);
    const notice = document.querySelector('[data-notice="beyond-retention"]');
    expect(notice?.getAttribute('data-value')).toBe(new Date(NOW.getTime() - 30 * 86_400_000).toISOString());
    expect(notice?.textContent).toBe(
      'Activities read from pages are held from Oct 21, 2026 on (the retention setting on the options page): before that day, the weeks read count only touches logged in Touchline.',
    );
  });

  it('says when the chosen period lies wholly, or partly, before what Touchline holds', async () => {
    showPage(cache(), 30, 'last-quarter');
    await ready();
    const notice = () => document.querySelector('[data-notice="beyond-retention"]')?.textContent;
    expect(notice()).toMatch(
      /before that day, the weeks read count only touches logged in Touchline\. None of last quarter \(Q3 2026\) is held: its figures count only touches logged in Touchline\.$/,
    );
    cleanup();
    showPage(cache(), 30, '90d');
    await ready();
    expect(notice()).toMatch(
      /Touchline\. The figures for last 90 days count activities read from pages from that day on\.$/,
    );
  });

  it('says how many touches logged in Touchline are on no row, and where to set your name', async () => {
    const db = await cache();
    await logTouch(db, { recordKey: contact().key, channel: 'call' }, NOW);
    await logTouch(db, { recordKey: contact().key, channel: 'sms' }, NOW);
    showPage(Promise.resolve(db));
    await ready();
    const notice = document.querySelector('[data-notice="unowned-logged"]') as Element;
    expect(notice.getAttribute('data-count')).toBe('2');
    expect(notice.textContent).toBe(
      "2 touches logged in Touchline in this period are on no rep's row: set your name in each CRM on the options page to count them on yours.",
    );
    expect(
      within(notice as HTMLElement)
        .getByRole('link', { name: 'options page' })
        .getAttribute('href'),
    ).toBe('/options.html');
  });

  it('lists open deals stalled first, and sorts by a column from its header button', async () => {
    showPage(cache());
    await ready();
    const order = () => [...document.querySelectorAll('[data-deal]')].map((r) => r.getAttribute('data-deal'));
    expect(order()).toEqual([stalled.key, onTrack.key]);
    const row = document.querySelector(`[data-deal="${stalled.key}"]`) as Element;
    expect([metric(row, 'stage-warning'), metric(row, 'days-in-stage')]).toEqual(['stalled', '40']);

    const amount = screen.getByRole('button', { name: /Amount/ });
    fireEvent.click(amount);
    expect(order()).toEqual([stalled.key, onTrack.key]);
    expect(amount.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(amount);
    expect(order()).toEqual([onTrack.key, stalled.key]);
    expect(amount.closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('says a deal older than the days kept has no touch kept, not that it was never touched', async () => {
    const quiet = deal({ name: 'Quiet renewal', stage: 'Demo', stageHistory: history(['Demo', daysAgo(45)]) });
    showPage(cacheWith({ activities: [], deals: [onTrack, quiet], contacts: [] }), 30);
    await ready();
    const lastTouch = (key: string) => {
      const cell = document.querySelector(`[data-deal="${key}"] [data-metric="days-since-last-touch"]`) as Element;
      return [cell.getAttribute('data-value'), cell.getAttribute('data-reason'), cell.textContent];
    };
    expect(lastTouch(quiet.key)).toEqual(['', 'older-not-kept', 'none kept']);
    // In its stage for 2 days, well inside the 30 days kept: never touched.
    expect(lastTouch(onTrack.key)).toEqual(['', 'no-touches', 'never']);
  });

  it('says why touches moved in one sentence', async () => {
    showPage(cache());
    await ready();
    expect(screen.getByText(/^4 touches, none in the period before: nothing to compare with\.$/)).toBeTruthy();
  });

  it('recomputes for the owner chosen in the filters', async () => {
    showPage(cache());
    await ready();
    fireEvent.change(screen.getByRole('combobox', { name: 'Owner' }), { target: { value: 'Casey Nguyen' } });
    await waitFor(() => expect(document.querySelector('[data-rep="Alex Morgan"]')).toBeNull());
    expect(document.querySelector('[data-rep="Casey Nguyen"]')).not.toBeNull();
  });

  it('shows each chart as a table when it cannot be drawn', async () => {
    showPage(cache());
    await ready();
    const funnel = await screen.findByRole('table', { name: 'Stage funnel with conversion' });
    expect(within(funnel).getByRole('rowheader', { name: 'Demo' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText(/the numbers are in the table/)).toHaveLength(3));
  });

  it('names the current week as partial, so its low count does not read as a drop', async () => {
    showPage(cache());
    await ready();
    // Friday 20 Nov: the week of Monday 16 Nov has had five of its days. Days as the whole page
    // prints them (team-dates.ts).
    const table = screen.getByRole('table', { name: 'Touches per week, per rep' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers.at(-2)).toBe('week of Nov 9, 2026');
    expect(headers.at(-1)).toBe('week of Nov 16, 2026, so far');
  });

  it('says how to get data when the cache is empty', async () => {
    showPage(cacheWith({}));
    expect(await screen.findByText('No data yet', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/import your CRM's activity export/)).toBeTruthy();
  });

  it('says so plainly when the cache cannot be opened', async () => {
    showPage(Promise.reject(new Error('The database is blocked')));
    expect((await screen.findByRole('alert')).textContent).toContain('The database is blocked');
  });
});
