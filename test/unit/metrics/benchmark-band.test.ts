import { describe, expect, it } from 'vitest';
import { benchmarkBand } from '../../../lib/metrics/benchmark-band';

const LAST_30 = { kind: 'last-days', days: 30 } as const;

describe('benchmarkBand', () => {
  it.each([
    ['mid-market', 7, 'below'],
    ['mid-market', 8, 'within'],
    ['mid-market', 14, 'within'],
    ['mid-market', 15, 'above'],
    ['smb', 10, 'within'],
    ['smb', 11, 'above'],
    ['enterprise', 20, 'within'],
    ['enterprise', 21, 'above'],
    ['inbound', 2, 'below'],
  ] as const)('places %i touches in %s as %s', (motion, touches, position) => {
    expect(benchmarkBand(motion, touches, LAST_30).position).toBe(position);
  });

  it('gives the mid-market band as 8 to 14, with the touches it was compared with', () => {
    expect(benchmarkBand('mid-market', 9, LAST_30)).toEqual({
      motion: 'mid-market',
      low: 8,
      high: 14,
      position: 'within',
      touches: 9,
      samePeriod: true,
    });
  });

  it('is always given, and says when the panel shows another period than the last 30 days', () => {
    expect(benchmarkBand('mid-market', 9, { kind: 'last-days', days: 7 })).toMatchObject({ samePeriod: false });
    expect(benchmarkBand('mid-market', 9, { kind: 'quarter' })).toMatchObject({ samePeriod: false });
  });
});
