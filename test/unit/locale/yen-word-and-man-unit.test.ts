import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * A Japanese page writes the yen as a sign ("￥12,500,000") or as the word 円 after the digits
 * ("12,500,000円"), and counts large amounts in 万 (ten thousand), grouped digits included:
 * "1,250万円" is 1,250 × 10,000 = 12,500,000 yen, as "￥120万" is 1,200,000.
 */
describe('yen written 円, and 万 after grouped digits', () => {
  it.each([
    ['12,500,000円', 12_500_000],
    ['1,250万円', 12_500_000],
    ['1250万円', 12_500_000],
    ['￥1,250万', 12_500_000],
    ['3億円', 300_000_000],
    ['￥120万', 1_200_000],
    ['￥12,500,000', 12_500_000],
  ])('reads "%s" as %d JPY', (text, amount) => {
    expect(parseMoney(text, 'ja-JP')).toEqual({ amount, currency: 'JPY' });
  });

  it('still takes grouped digits followed by a Latin word as the whole amount', () => {
    expect(parseMoney('$12,500 T&M')).toEqual({ amount: 12_500, currency: 'USD' });
    expect(parseMoney('$12,500 k')).toEqual({ amount: 12_500, currency: 'USD' });
  });
});
