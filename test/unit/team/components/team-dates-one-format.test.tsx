// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FollowUpsSection } from '../../../../components/team/FollowUpsSection';
import { CsvImport } from '../../../../components/team/import/CsvImport';
import { TeamPage } from '../../../../components/team/TeamPage';
import type { FollowUp } from '../../../../lib/team/follow-ups';
import { teamPeriods } from '../../../../lib/team/periods';
import type { TeamView } from '../../../../lib/team/team-view';
import { freshDb } from '../../csv-import/import-fixture';
import { chooseFile, SLOW } from '../../csv-import/import-form';
import { call, email, NOW, settings } from '../../metrics/builders';
import { cacheWith } from '../team-cache';

// happy-dom has no canvas: every chart falls back to its table.
vi.mock('../../../../components/team/charts/load-chart', () => ({
  loadChart: () => Promise.reject(new Error('no canvas here')),
}));

/**
 * The team page printed its dates four ways: the retention notice "Oct 21, 2026" (en-US), the
 * period before in "Why it moved" "20 Sept – 20 Oct" and the weekly chart's "Mon 16 Nov" (en-GB,
 * no year), an overdue step's "was due 2026-11-19" (ISO), and the import's preview in the
 * browser's own locale ("19.11.2026, 14:30" in a German browser). Every date now reads as the
 * first, the format lib writes into the sentences the page shows ("Nov 19, 2026").
 */
const MONTH = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DATE_LIKE = new RegExp(
  String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? )?(?:\d{1,2} )?\b(?:${MONTH})\b\.?(?: \d{1,2}\b)?(?:, \d{4})?`,
  'g',
);
const ONE_FORMAT = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}$/;

/** Every date-looking piece of the text that is not printed "Nov 19, 2026". */
function otherFormats(text: string): string[] {
  return [...text.matchAll(DATE_LIKE)].map((m) => m[0]).filter((d) => !ONE_FORMAT.test(d));
}

/** A browser whose language is German: what `toLocaleString(undefined, …)` prints there. */
function germanBrowser() {
  const { toLocaleString: dateTime, toLocaleDateString: date } = Date.prototype;
  vi.spyOn(Date.prototype, 'toLocaleString').mockImplementation(function (this: Date, locales, options) {
    return dateTime.call(this, locales ?? 'de-DE', options);
  });
  vi.spyOn(Date.prototype, 'toLocaleDateString').mockImplementation(function (this: Date, locales, options) {
    return date.call(this, locales ?? 'de-DE', options);
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

describe('every date on the team page in one format', () => {
  it('the retention notice, the period before and the weekly chart print "Nov 16, 2026"', async () => {
    germanBrowser();
    const db = cacheWith({
      activities: [
        email(daysAgo(3), 'Route pricing v2', { owner: 'Alex Morgan' }),
        call(daysAgo(9), 'connected', { owner: 'Alex Morgan' }),
      ],
    });
    render(
      <TeamPage
        openDb={() => db}
        loadSettings={async () => settings({ retentionDays: 30 })}
        watchSettings={() => () => undefined}
        now={() => NOW}
      />,
    );
    await screen.findByText('Reps', { selector: 'h2' }, { timeout: 10_000 });
    const sections = document.querySelector('[data-team-view="ready"]') as HTMLElement;

    // NOW is 20 Nov 2026 07:00 in Los Angeles (the settings' zone); 30 days back is 21 Oct.
    expect(document.querySelector('[data-notice="beyond-retention"]')?.textContent).toMatch(
      /held from Oct 21, 2026 on/,
    );
    const weeks = within(screen.getByRole('table', { name: 'Touches per week, per rep' }))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(weeks.at(-1)).toBe('week of Nov 16, 2026, so far');
    const moved = document.querySelector('[data-section="why-it-moved"] .tl-basis')?.textContent ?? '';
    expect(moved).toMatch(/\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, 2026 – Oct \d{1,2}, 2026\)/);

    expect(otherFormats(sections.textContent ?? '')).toEqual([]);
  });

  it('an overdue step says the day it was due as the rest of the page does', () => {
    const overdue: FollowUp = {
      contactKey: 'hubspot:1:contact:901',
      name: 'Jordan Lee',
      owner: 'Alex Morgan',
      kind: 'overdue',
      reason: 'step 2 (email) was due 2026-11-19',
      due: '2026-11-19',
      channel: 'email',
    };
    const periods = teamPeriods('30d', NOW, 'UTC');
    const { container } = render(<FollowUpsSection view={{ followUps: [overdue], periods } as TeamView} />);
    expect(container.querySelector('[data-kind="overdue"] .tl-small')?.textContent).toBe(
      'step 2 (email) was due Nov 19, 2026',
    );
    expect(otherFormats(container.textContent ?? '')).toEqual([]);
  });

  it("the import's preview prints its rows' dates so too, whatever the browser's language", async () => {
    germanBrowser();
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), {
      target: { value: 'acme.lightning.force.com' },
    });
    // Day first (25/03), so the file settles its order; one row with a time of day, one without.
    chooseFile(
      'report.csv',
      'Subject,Assigned,Date,Contact ID\nCall 1,Dana,25/03/2026 14:30,0035g00000AbCdE\nCall 2,Dana,03/04/2026,0035g00000AbCdE\n',
    );
    const table = await screen.findByRole('table', { name: 'First rows as they will be read' }, SLOW);
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2));
    const when = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => tr.querySelector('td')?.textContent);
    // The preview reads the file in the browser's zone and prints it in the same: 14:30 stays 14:30.
    expect(when[0]).toMatch(/^Mar 25, 2026, 2:30\sPM$/);
    expect(when[1]).toBe('Apr 3, 2026');
  });

  it("a deal export's preview prints the day a deal entered its stage so too", async () => {
    germanBrowser();
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });
    chooseFile(
      'deals.csv',
      'Record ID,Deal Name,Deal Stage,Pipeline,Date entered "Qualified to buy (Sales Pipeline)"\n9001,Acme,Qualified to buy,Sales Pipeline,2026-11-02 10:00\n',
    );
    const table = await screen.findByRole('table', { name: 'First deals as they will be read' }, SLOW);
    const entered = within(table).getAllByRole('row')[1]?.querySelectorAll('td')[2]?.textContent;
    expect(entered).toBe('Nov 2, 2026');
  });
});
