/**
 * Review s47 (pddeal). Indian grouping ("22,50,000": the last group of three, groups of two before
 * it) as en-IN prints money. It is read only where no thousands grouping reads the same digits, so
 * every amount read before reads the same.
 */
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/locale/money';

describe('parseMoney with Indian digit grouping', () => {
  it.each([
    ['₹22,50,000.00', 2_250_000],
    ['₹2,50,000', 250_000],
    ['₹1,00,00,000', 10_000_000],
    ['₹1,23,45,67,890.12', 1_234_567_890.12],
  ])('"%s" is %d INR', (text, amount) => {
    expect(parseMoney(text, 'en-IN')).toEqual({ amount, currency: 'INR' });
  });

  it('reads groups of three as thousands still', () => {
    expect(parseMoney('₹50,000', 'en-IN')).toEqual({ amount: 50_000, currency: 'INR' });
    expect(parseMoney('₹225,000', 'en-IN')).toEqual({ amount: 225_000, currency: 'INR' });
  });

  it.each([['₹12,345,00'], ['₹123,45,000'], ['₹1,2,000'], ['1.50.000 €']])(
    '"%s" groups neither way and holds no amount',
    (text) => {
      expect(parseMoney(text, 'en-IN')).toBeUndefined();
    },
  );
});
