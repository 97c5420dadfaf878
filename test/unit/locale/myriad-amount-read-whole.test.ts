import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

/**
 * Japanese (and Chinese) count large amounts in myriads: each digit group is followed by its unit,
 * 兆 (10¹²), 億 (10⁸), 万 (10⁴) or 千 (10³), and the groups add up to one amount. Read group by
 * group, the yen word picked the group nearest to it: "12万5千円" was 5 yen, "1億2000万円" 20 million.
 */
describe('an amount in myriad notation is read whole', () => {
  it.each([
    ['1億2000万円', 120_000_000],
    ['12万5千円', 125_000],
    ['5千円', 5_000],
    ['1千万円', 10_000_000],
    ['￥1億2千万', 120_000_000],
    ['1億2千300万円', 123_000_000],
    ['12万5千300円', 125_300],
    ['12万5000円', 125_000],
    ['1兆2345億円', 1_234_500_000_000],
    ['1億 2000万円', 120_000_000],
    ['1,250千円', 1_250_000],
    ['価格: 1億2000万円 (税込)', 120_000_000],
    ['-12万5千円', -125_000],
  ])('"%s" is %d JPY', (text, amount) => {
    expect(parseMoney(text, 'ja-JP')).toEqual({ amount, currency: 'JPY' });
  });

  it('reads the simplified and traditional Chinese units as the Japanese ones', () => {
    expect(parseMoney('CN¥1亿2000万')).toEqual({ amount: 120_000_000, currency: 'CNY' });
    expect(parseMoney('CN¥1億2000萬')).toEqual({ amount: 120_000_000, currency: 'CNY' });
  });

  it.each([
    // A group after the first is below 10,000, and units fall from 兆 to 億 to 万, each once.
    ['12万50000円'],
    ['1万2万円'],
    ['1万2億円'],
    // A 千 piece counts 1 to 9 thousands, before the rest of its group.
    ['15千万円'],
    ['12千500円'],
    // Only a lone number with its unit may have decimals.
    ['1.5億2000万円'],
    // Units and numerals the reader does not take (百, kanji digits) leave the amount unread.
    ['1万2千3百円'],
    ['3百万円'],
    ['3億二千万円'],
    ['1億-2000万円'],
    ['1億 2000円'],
  ])('"%s" is not read whole, so not read', (text) => {
    expect(parseMoney(text, 'ja-JP')).toBeUndefined();
  });

  // Read before too; it keeps the joining across a space to numbers with a unit ("1億 2000万円").
  it('leaves a bare number after a space out of the amount before it', () => {
    expect(parseMoney('￥120万 3件', 'ja-JP')).toEqual({ amount: 1_200_000, currency: 'JPY' });
  });
});

/** The oracle: an amount written group by group, as a person or a CRM's compact format writes it. */
function written(amount: number, thousandPiece: boolean[], comma: boolean, sign: 'prefix' | 'suffix'): string {
  const units: [string, number][] = [
    ['兆', 1e12],
    ['億', 1e8],
    ['万', 1e4],
    ['', 1],
  ];
  const text = units
    .map(([unit, size], index) => {
      const group = Math.floor(amount / size) % 10_000;
      if (group === 0) return '';
      const rest = group % 1000;
      const thousands = Math.floor(group / 1000);
      const digits =
        group < 1000
          ? String(group)
          : thousandPiece[index]
            ? `${thousands}千${rest === 0 ? '' : rest}`
            : `${thousands}${comma ? ',' : ''}${String(rest).padStart(3, '0')}`;
      return `${digits}${unit}`;
    })
    .join('');
  return sign === 'prefix' ? `￥${text}` : `${text}円`;
}

describe('any amount written in myriads', () => {
  it('reads back as the amount written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999_999_999_999 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('prefix' as const, 'suffix' as const),
        (amount, thousandPiece, comma, sign) => {
          const text = written(amount, thousandPiece, comma, sign);
          expect(parseMoney(text, 'ja-JP')).toEqual({ amount, currency: 'JPY' });
        },
      ),
    );
  });
});
