import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * A compact amount's scale word (money.ts: "$48K", "1,5 Mio. €") stands alone right after few
 * digits. A word that runs on ("T&M", "bi-weekly", "Kickoff") is another word, and digits grouped
 * into thousands are the whole amount: "$12,500 T&M" is 12 500 dollars, not 1.25e16.
 */
describe('a scale word after the digits', () => {
  it.each([
    ['$12,500 T&M', 12_500],
    ['$12,500 bi-weekly', 12_500],
    ['$12,500 T', 12_500],
    ['€ 22 500 Mio.', 22_500],
    ['$1,200,000 MM', 1_200_000],
    ['$12,500 B', 12_500],
    ['$48 T&M', 48],
    ['$48 bi-weekly', 48],
    ['$48 Kickoff', 48],
    ['$48 m2', 48],
  ])('"%s" is %d: the word runs on, or the digits are grouped', (text, amount) => {
    expect(parseMoney(text)?.amount).toBe(amount);
  });

  it.each([
    ['$48K', 48_000],
    ['$48K, net', 48_000],
    ['$48K deal', 48_000],
    ['€ 1,2 mln. per jaar', 1_200_000],
    ['($48K)', 48_000],
    ['$1.2M · Acme', 1_200_000],
    ['1,5 Mio. €', 1_500_000],
    ['R$ 48 mil', 48_000],
    ['$2.5T.', 2_500_000_000_000],
    ['￥120万', 1_200_000],
  ])('"%s" is %d: the word stands alone after few digits', (text, amount) => {
    expect(parseMoney(text)?.amount).toBe(amount);
  });
});
