import { describe, expect, it } from 'vitest';
import { sortDeals } from '../../../components/team/deal-sort';
import type { DealRow } from '../../../lib/team/deal-row';
import { namedDealRow } from './named-deal-row';

const row = namedDealRow;

const rows = [
  row('touched-3', { daysSinceTouch: 3, daysInStage: 10 }),
  row('never', { daysSinceTouch: null, daysInStage: null }),
  row('touched-40', { daysSinceTouch: 40, daysInStage: 2 }),
];
const names = (sorted: DealRow[]) => sorted.map((r) => r.name);

describe('sorting the team page’s deals', () => {
  it('puts a deal with no touch first when sorting by the longest since a touch, last the other way', () => {
    expect(names(sortDeals(rows, 'since', 'descending'))).toEqual(['never', 'touched-40', 'touched-3']);
    expect(names(sortDeals(rows, 'since', 'ascending'))).toEqual(['touched-3', 'touched-40', 'never']);
  });

  it('keeps a deal whose contacts no export named last in both directions when sorting by days since a touch', () => {
    const unknown = row('contacts-not-known', { daysSinceTouch: null, contactsWorked: null, contactsOnDeal: null });
    expect(names(sortDeals([unknown, ...rows], 'since', 'descending'))).toEqual([
      'never',
      'touched-40',
      'touched-3',
      'contacts-not-known',
    ]);
    expect(names(sortDeals([unknown, ...rows], 'since', 'ascending')).at(-1)).toBe('contacts-not-known');
  });

  it('keeps a deal with no touch in what was read of a filtered timeline last in both directions when sorting by days since a touch', () => {
    // Its page showed the history filtered: a touch may be in the part not read, so not "longest since".
    const filtered = row('filtered', { daysSinceTouch: null, timelineReadInPart: true });
    expect(names(sortDeals([filtered, ...rows], 'since', 'descending'))).toEqual([
      'never',
      'touched-40',
      'touched-3',
      'filtered',
    ]);
    expect(names(sortDeals([filtered, ...rows], 'since', 'ascending')).at(-1)).toBe('filtered');
  });

  it('keeps an unknown time in stage last in both directions', () => {
    expect(names(sortDeals(rows, 'days', 'descending'))).toEqual(['touched-3', 'touched-40', 'never']);
    expect(names(sortDeals(rows, 'days', 'ascending'))).toEqual(['touched-40', 'touched-3', 'never']);
  });

  it('keeps a deal with no verdict (time in stage unknown) last in both directions when sorting by Warning', () => {
    const verdicts = [
      row('unknown', { daysInStage: null, typicalDays: 14 }),
      row('on-track', { daysInStage: 5, typicalDays: 14 }),
      row('watch', { warning: 'watch', daysInStage: 24, typicalDays: 14 }),
    ];
    expect(names(sortDeals(verdicts, 'warning', 'ascending'))).toEqual(['watch', 'on-track', 'unknown']);
    expect(names(sortDeals(verdicts, 'warning', 'descending'))).toEqual(['on-track', 'watch', 'unknown']);
  });
});
