import { parseMoney } from '../../locale/money';
import type { DealImportRow } from '../../schema/deal-import';
import type { DealCells } from './cells';
import { currencyOfCell } from './currency-cell';

/** A row's amount and currency, or what the report says the deal went without (`left`: then neither is read). */
export type RowMoney = Pick<DealImportRow, 'amount' | 'currency'> & { left?: string };

/**
 * The amount and its currency: the currency cell's, else the one the amount cell shows ("€1.200").
 * An amount that cannot be read, or whose currency cell names no one currency (a lone "$",
 * "Pesos"), is left out and noted, as an unreadable amount is: the deal is imported without it
 * and keeps the amount an earlier import gave, rather than being skipped or given a guessed
 * currency.
 */
export function rowMoney(single: DealCells['single'], lang: string): RowMoney {
  if (!single.amount) {
    const named = single.currency ? currencyOfCell(single.currency, lang) : undefined;
    return named && 'code' in named ? { currency: named.code } : {};
  }
  const money = parseMoney(single.amount);
  if (!money) return { left: `the amount (unreadable: "${single.amount}")` };
  if (!single.currency) return { amount: money.amount, ...(money.currency ? { currency: money.currency } : {}) };
  const named = currencyOfCell(single.currency, lang, single.amount);
  if ('reason' in named) return { left: `the amount (${named.reason})` };
  return { amount: money.amount, currency: named.code };
}
