import { describe, expect, it } from 'vitest';
import { sortDeals } from '../../../components/team/deal-sort';
import type { DealRow } from '../../../lib/team/deal-row';

const row = (name: string, change: Partial<DealRow>): DealRow => ({
  key: `hubspot:1:deal:${name}`,
  crm: 'hubspot',
  name,
  url: `https://app.hubspot.com/contacts/1/record/0-3/${name}`,
  daysInStage: null,
  typicalDays: null,
  warning: 'none',
  warningReason: '',
  daysSinceTouch: null,
  contactsWorked: 0,
  contactsOnDeal: 0,
  ...change,
});

/**
 * components/team/deal-sort.ts: "Deals sorted by a column; unknown values last in both
 * directions" (the deal-sort tests hold it for days in stage and days since a touch).
 *
 * Three open deals: one on watch (24 days in a 14-day stage), one on track (5 of 14 days) and one
 * whose time in stage is unknown (no stage history: "time in stage unknown", no verdict). Sorted
 * by the Warning column ascending: watch, on track, unknown. Clicked again (descending), the
 * deal with no verdict comes first, above every deal that has one: its unknown time in stage
 * sorts as the smallest ratio and the whole order is reversed.
 */
describe('sorting deals by the Warning column (deal-sort.ts: unknown values last in both directions)', () => {
  const rows = [
    row('unknown', { daysInStage: null, typicalDays: 14 }),
    row('on-track', { daysInStage: 5, typicalDays: 14 }),
    row('watch', { warning: 'watch', daysInStage: 24, typicalDays: 14 }),
  ];
  const names = (sorted: DealRow[]) => sorted.map((r) => r.name);

  it('keeps the deal whose time in stage is unknown last when sorted descending too', () => {
    expect(names(sortDeals(rows, 'warning', 'ascending'))).toEqual(['watch', 'on-track', 'unknown']);
    expect(names(sortDeals(rows, 'warning', 'descending')).at(-1)).toBe('unknown');
  });
});
