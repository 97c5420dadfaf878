import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * The History filter chips (crm-evidence-2.md: buttons with aria-pressed, `filter-button-all`) may show
 * how many entries each kind holds, as a badge beside the word. With "All" pressed the feed is not
 * filtered: nothing says the activities were partly read (README: only a timeline "the CRM shows
 * filtered, folded or only partly loaded" is reported as partly read).
 */
describe('Pipedrive person: the "All" filter chip with a count badge', () => {
  const filters =
    '<div class="FlowFilters_root__z5Hn2" role="group" aria-label="Filter history">' +
    '<button type="button" data-testid="filter-button-all" aria-pressed="true">All <span class="cui5-badge">2</span></button>' +
    '<button type="button" data-testid="filter-button-activities" aria-pressed="false">Activities <span class="cui5-badge">1</span></button>' +
    '<button type="button" data-testid="filter-button-notes" aria-pressed="false">Notes <span class="cui5-badge">1</span></button></div>';
  const reading = read(
    personPage({
      filters,
      history: [
        item({ icon: 'Call', done: true, subject: 'Call with Maya', date: 'Nov 17, 2026 3:10 PM' }),
        item({ icon: 'Note', body: 'Prefers email.', date: 'Nov 10, 2026 2:30 PM' }),
      ],
    }),
  );
  it('does not report the feed as filtered', () => {
    expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
