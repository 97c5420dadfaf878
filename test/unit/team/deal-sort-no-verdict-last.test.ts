import { describe, expect, it } from 'vitest';
import { warningWords } from '../../../components/team/deal-row-words';
import { sortDeals } from '../../../components/team/deal-sort';
import type { DealRow } from '../../../lib/team/deal-row';
import { namedDealRow } from './named-deal-row';

const row = (name: string, change: Partial<DealRow>): DealRow => namedDealRow(name, { daysSinceTouch: 1, ...change });

// deal-sort.ts: "`warning` is stalled, watch, then the rest, and a deal with no verdict last".
// The Warning column says "no verdict" for a lower bound ("≥ 8") and for an outcome not read
// (deal-row-words.ts noVerdict), but the sort's own noVerdict only knows "time or typical unknown".
describe('sorting the team page’s deals by warning', () => {
  const onTrack = row('on-track', { daysInStage: 2, typicalDays: 10 });
  const lowerBound = row('lower-bound', { daysInStage: 8, daysInStageAtLeast: true, typicalDays: 10 });
  const outcomeNotRead = row('outcome-not-read', { daysInStage: 9, typicalDays: 10, outcomeNotRead: true });

  it('puts a deal whose Warning column gives no verdict after every deal that has one, in both directions', () => {
    // As the Warning column words them: on track vs. no verdict.
    expect(warningWords(onTrack)).toMatch(/on track/i);
    expect(warningWords(lowerBound)).not.toMatch(/on track/i);
    expect(warningWords(outcomeNotRead)).not.toMatch(/on track/i);
    for (const direction of ['ascending', 'descending'] as const) {
      const names = sortDeals([lowerBound, outcomeNotRead, onTrack], 'warning', direction).map((r) => r.name);
      expect(names[0]).toBe('on-track');
    }
  });
});
