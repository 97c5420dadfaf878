import { describe, expect, it } from 'vitest';
import { benchmarkBand } from '../../../lib/metrics/benchmark-band';
import { DEFAULT_BANDS, type Motion } from '../../../lib/schema/settings';
import type { PeriodChoice } from '../../../lib/settings/period-choice';

const withDefaults = (motion: Motion, period: PeriodChoice = '30d') => ({ motion, period, bands: DEFAULT_BANDS });

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
    expect(benchmarkBand(withDefaults(motion), touches).position).toBe(position);
  });

  it('gives the mid-market band as 8 to 14, with the touches it was compared with', () => {
    expect(benchmarkBand(withDefaults('mid-market'), 9)).toEqual({
      motion: 'mid-market',
      low: 8,
      high: 14,
      position: 'within',
      touches: 9,
      samePeriod: true,
    });
  });

  it('uses the band the user set for the chosen motion', () => {
    const bands = { ...DEFAULT_BANDS, enterprise: { low: 25, high: 40 } };
    expect(benchmarkBand({ motion: 'enterprise', period: '30d', bands }, 21)).toMatchObject({
      low: 25,
      high: 40,
      position: 'below',
    });
  });

  it('is always given, and says when the panel shows another period than the last 30 days', () => {
    for (const period of ['7d', '14d', '90d', 'this-quarter', 'last-quarter'] as const) {
      expect(benchmarkBand(withDefaults('mid-market', period), 9)).toMatchObject({ samePeriod: false });
    }
  });
});
