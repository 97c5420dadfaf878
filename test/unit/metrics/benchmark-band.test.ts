import { describe, expect, it } from 'vitest';
import { benchmarkBand } from '../../../lib/metrics/benchmark-band';

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
    expect(benchmarkBand(motion, touches, 30)?.position).toBe(position);
  });

  it('gives the mid-market band as 8 to 14', () => {
    expect(benchmarkBand('mid-market', 9, 90)).toEqual({ motion: 'mid-market', low: 8, high: 14, position: 'within' });
  });

  it('shows no band for periods shorter than 30 days', () => {
    expect(benchmarkBand('mid-market', 9, 7)).toBeNull();
    expect(benchmarkBand('mid-market', 9, 29.99)).toBeNull();
  });
});
