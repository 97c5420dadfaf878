import { parseMoney } from '../../locale/money';
import type { DealImportRow } from '../../schema/deal-import';
import type { DealCells } from './cells';
import { currencyOfCell } from './currency-cell';

/** A row's amount and its currency, or what the report says the deal went without (`left`: then neither is read). */
export type RowMoney = Pick<DealImportRow, 'amount' | 'currency'> & { left?: string };

/**
 * The amount and its currency: the currency cell's, else the one the amount cell shows ("€1.200").
 * An amount that cannot be read, or whose currency names no one currency (a lone "$" in the
 * currency cell or, with no currency cell, in the amount cell; "Pesos"), is left out and noted,
 * as an unreadable amount is: the deal is imported without it and keeps the amount an earlier
 * import gave, rather than being skipped or given a guessed currency. The currency cell's
 * currency gives the amount's decimals ("750,000" Kuwaiti dinars is 750).
 */
export function rowMoney(single: DealCells['single'], lang: string): RowMoney {
  const named = single.currency ? currencyOfCell(single.currency, lang, single.amount) : undefined;
  if (!single.amount) return named && 'code' in named ? { currency: named.code } : {};
  const money = parseMoney(single.amount, undefined, named && 'code' in named ? named.code : undefined);
  if (!money) return { left: `the amount (unreadable: "${single.amount}")` };
  // A lone "$" in the amount cell is read as the US dollar; as in a currency cell, it names none.
  // Letters beside it ("US$", "$12,500 USD") name it.
  const loneDollar = money.currency === 'USD' && !/\p{L}/u.test(single.amount);
  const shown = named ?? (loneDollar ? currencyOfCell('$', lang, single.amount) : undefined);
  if (shown && 'reason' in shown) return { left: `the amount (${shown.reason})` };
  const currency = shown?.code ?? money.currency;
  return { amount: money.amount, ...(currency ? { currency } : {}) };
}
