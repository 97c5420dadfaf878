import { describe, expect, it } from 'vitest';
import { earlyWarningReason } from '../../../lib/team/early-warning-words';

describe('earlyWarningReason', () => {
  it('shows the average and its 70 % exactly, so a drop just below the line reads as one', () => {
    // 23 touches in the 4 weeks before: 5.75 a week, 70 % of it 4.025; 4 touches is below that.
    expect(earlyWarningReason({ warning: true, lastWeek: 4, weeklyAverage: 5.75 })).toBe(
      '4 touches in the last 7 days, below 70 % of the weekly average of 5.75 over the 4 weeks before (4.025).',
    );
  });

  it('says there is nothing to compare with after 4 quiet weeks', () => {
    expect(earlyWarningReason({ warning: false, lastWeek: 1, weeklyAverage: 0 })).toBe(
      '1 touch in the last 7 days; none in the 4 weeks before, so nothing to compare with.',
    );
  });
});
