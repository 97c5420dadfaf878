import { describe, expect, it } from 'vitest';
import { bandWords } from '../../../../components/team/band-words';

describe("a rep's touches per contact beside the band", () => {
  it('never rounds onto the band edge it is said to be outside', () => {
    // 2,399 touches over 300 active contacts: 7.997, below a band of 8 to 14.
    expect(bandWords({ low: 8, high: 14, last30Days: 2399 / 300, position: 'below' })).toBe(
      'last 30 days just under 8: below the band 8–14',
    );
    expect(bandWords({ low: 8, high: 14, last30Days: 14.004, position: 'above' })).toBe(
      'last 30 days just over 14: above the band 8–14',
    );
  });

  it('shows two decimals otherwise', () => {
    expect(bandWords({ low: 8, high: 14, last30Days: 7.25, position: 'below' })).toBe(
      'last 30 days 7.25: below the band 8–14',
    );
    expect(bandWords({ low: 8, high: 14, last30Days: null, position: null })).toBe(
      'band 8–14; nobody touched in the last 30 days',
    );
  });
});
