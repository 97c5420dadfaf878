import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortDeals } from '../../../components/team/deal-sort';
import type { DealRow } from '../../../lib/team/deal-row';
import { namedDealRow } from './named-deal-row';

const row = (name: string, amount?: number, currency?: string): DealRow =>
  namedDealRow(name, { ...(amount === undefined ? {} : { amount }), ...(currency === undefined ? {} : { currency }) });
const names = (sorted: DealRow[]) => sorted.map((r) => r.name);

/**
 * Sorting the team page's deals by amount compared the numbers alone: "€500" sat between "$400"
 * and "$600" as if the currencies were one. Now the amounts are grouped by currency (its ISO code,
 * A to Z, in both directions) and sorted within it; an amount without a currency follows them,
 * and an amount not read comes last.
 */
describe('sorting deals by amount across currencies', () => {
  const deals = [
    row('usd-600', 600, 'USD'),
    row('eur-500', 500, 'EUR'),
    row('unread'),
    row('usd-400', 400, 'USD'),
    row('no-currency-700', 700),
    row('eur-900', 900, 'EUR'),
  ];

  it('ascending: euros smallest first, then dollars, then the amount without a currency, then the unread', () => {
    expect(names(sortDeals(deals, 'amount', 'ascending'))).toEqual([
      'eur-500',
      'eur-900',
      'usd-400',
      'usd-600',
      'no-currency-700',
      'unread',
    ]);
  });

  it('descending: each currency largest first, the currencies and the unread where they were', () => {
    expect(names(sortDeals(deals, 'amount', 'descending'))).toEqual([
      'eur-900',
      'eur-500',
      'usd-600',
      'usd-400',
      'no-currency-700',
      'unread',
    ]);
  });

  /**
   * The oracle, deliberately simple: list the currencies A to Z, then no currency, then the unread;
   * within each, the amounts in the chosen direction (ties by name on both sides).
   */
  function oracle(rows: DealRow[], direction: 'ascending' | 'descending'): string[] {
    const codes = [...new Set(rows.flatMap((r) => (r.amount !== undefined && r.currency ? [r.currency] : [])))].sort();
    const groups = [
      ...codes.map((code) => rows.filter((r) => r.amount !== undefined && r.currency === code)),
      rows.filter((r) => r.amount !== undefined && r.currency === undefined),
      rows.filter((r) => r.amount === undefined),
    ];
    return groups.flatMap((group) =>
      [...group]
        .sort((a, b) => {
          const by = (a.amount ?? 0) - (b.amount ?? 0);
          return (direction === 'ascending' ? by : -by) || a.name.localeCompare(b.name);
        })
        .map((r) => r.name),
    );
  }

  it('matches the simple oracle on any mix of currencies, missing currencies and unread amounts', () => {
    const arbitraryRow = fc.record({
      amount: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      currency: fc.option(fc.constantFrom('USD', 'EUR', 'GBP', 'JPY'), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { maxLength: 30 }),
        fc.constantFrom('ascending' as const, 'descending' as const),
        (specs, direction) => {
          const rows = specs.map((s, i) => row(`deal-${String(i).padStart(2, '0')}`, s.amount, s.currency));
          const sorted = names(sortDeals(rows, 'amount', direction));
          // Equal amounts of one currency may come in either order.
          expect(sorted.length).toBe(rows.length);
          expect(sameExceptTies(sorted, oracle(rows, direction), rows)).toBe(true);
        },
      ),
    );
  });
});

/** Two orders agree once rows of one currency and amount (or both unread) are taken as equals. */
function sameExceptTies(got: string[], want: string[], rows: DealRow[]): boolean {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const tie = (name: string) => {
    const r = byName.get(name) as DealRow;
    return r.amount === undefined ? 'unread' : `${r.currency ?? '-'} ${r.amount}`;
  };
  return got.map(tie).join('|') === want.map(tie).join('|');
}
