import { useMemo, useState } from 'preact/hooks';
import { basisText } from '../../lib/team/basis';
import { countOf } from '../../lib/team/counts';
import { FIRST_SCREEN_DEALS } from '../../lib/team/deal-figures';
import type { TeamView } from '../../lib/team/team-view';
import { DealRowView } from './DealRowView';
import { type DealSortKey, type SortDirection, sortDeals } from './deal-sort';
import { useGrowingCount } from './use-growing-count';

/** `sortedBy`: what the order is, where it is more than the column's values (deal-sort.ts). */
const COLUMNS: { key: DealSortKey; label: string; sortedBy?: string }[] = [
  { key: 'name', label: 'Deal' },
  { key: 'stage', label: 'Stage' },
  { key: 'days', label: 'Days in stage' },
  { key: 'warning', label: 'Warning' },
  { key: 'since', label: 'Days since a touch' },
  { key: 'contacts', label: 'Contacts worked' },
  { key: 'amount', label: 'Amount', sortedBy: 'currency (A to Z), then amount' },
];

/** Rows drawn per task once every deal's row is in: a few milliseconds of rendering each. */
const ROWS_PER_TASK = 100;

/**
 * Every open deal, stalled and watch first; sortable by any column with mouse or keyboard. The
 * first screen of rows shows first (decisions.md); while the other deals' rows are still being
 * computed, sorting waits for them, and once they are in they are drawn a hundred at a time.
 */
export function DealsSection({ view }: { view: TeamView }) {
  const [sort, setSort] = useState<{ key: DealSortKey; direction: SortDirection }>({
    key: 'warning',
    direction: 'ascending',
  });
  const pending = view.dealsPending;
  const rows = useMemo(() => sortDeals(view.deals, sort.key, sort.direction), [view.deals, sort]);
  const drawn = useGrowingCount(rows.length, FIRST_SCREEN_DEALS, ROWS_PER_TASK, pending === 0);
  const shown = rows.slice(0, drawn);
  const sorted = COLUMNS.find((c) => c.key === sort.key);
  const choose = (key: DealSortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return (
    <section class="tl-team-section" aria-labelledby="tl-deals-title">
      <h2 id="tl-deals-title">Deals</h2>
      <p class="tl-basis">
        {countOf(view.dealCounts.open, 'open deal', 'open deals')}; typical times from{' '}
        {countOf(view.dealCounts.all, 'stored deal', 'stored deals')} of the same account and pipeline; touches{' '}
        {basisText(view.dealBasis)}
        {pending > 0 ? ` (the first ${countOf(view.deals.length, 'deal', 'deals')})` : ''}. Contacts worked: touched in
        the {view.periods.current.label}.
      </p>
      {rows.length === 0 ? (
        <p class="tl-hint">No open deal with these filters.</p>
      ) : (
        <div class="tl-table-wrap">
          <table class="tl-team-table" aria-describedby="tl-deals-sort">
            <caption id="tl-deals-sort" class="tl-sr-only">
              Open deals, sorted by {sorted?.sortedBy ?? sorted?.label.toLowerCase()}, {sort.direction}. Column headers
              are buttons that sort.
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column.key} scope="col" aria-sort={sort.key === column.key ? sort.direction : undefined}>
                    <button
                      type="button"
                      class="tl-sort"
                      data-sort={column.key}
                      title={column.sortedBy && `Sorts by ${column.sortedBy}`}
                      disabled={pending > 0}
                      onClick={() => choose(column.key)}
                    >
                      {column.label}
                      <span aria-hidden="true">
                        {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <DealRowView key={row.key} row={row} />
              ))}
            </tbody>
          </table>
          {pending > 0 && (
            <p class="tl-hint" role="status">
              Computing the other {countOf(pending, 'deal', 'deals')}; sorting waits for them.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
