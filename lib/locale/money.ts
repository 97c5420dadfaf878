import type { PageLocale } from './page-locale';

/** An amount and its ISO currency as a page prints them ("€22.500,00", "22 500 €", "R$ 1.234,56", "EUR 1.234,56"). */
export interface Money {
  amount: number;
  currency?: string;
}

export function parseMoney(text: string, _locale?: PageLocale): Money | undefined {
  const digits = text.match(/\d[\d.,\s]*/)?.[0]?.replace(/[\s,]/g, '');
  const amount = digits ? Number(digits) : Number.NaN;
  return Number.isFinite(amount) ? { amount } : undefined;
}
