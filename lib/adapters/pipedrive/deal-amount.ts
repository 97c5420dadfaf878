import { type Money, parseMoney } from '../../locale/money';
import { firstVisible, textOf } from '../dom';
import { fieldText } from './fields';
import { chunksOf } from './lines';
import { parseMoney as parseShownMoney } from './money';
import type { PageLanguage } from './page-locale';
import { FIELDS, SELECTORS } from './selectors';

/**
 * A piece of text that is an amount with its currency and nothing else: "$48,000", "48.000 €",
 * "EUR 1.234,56", "CHF 48'000" (Swiss grouping, straight or curly apostrophe), and a dollar
 * sign after the number as French and Spanish write it ("48 000,00 $US", "48.000,00 US$").
 */
const MONEY_ONLY =
  /^(?:(?:[A-Z]{1,2}\$|R\$|[$€£¥₹]|[A-Z]{3})\s?\d[\d.,'’\s\u00a0\u202f]*|\d[\d.,'’\s\u00a0\u202f]*\s?(?:[A-Z]{1,2}\$|\$[A-Z]{1,2}|[$€£¥₹]|[A-Z]{3}))$/;

/**
 * The deal value from the header marker, else the "Value" field, else the first piece of text in
 * the view that is an amount with a currency (the header shows the value before the sidebar and
 * feed). Read in the page's locale (lib/locale: "22.500 €", "R$ 1.234,56"); the adapter's own
 * reading of currency symbols fills a currency the shared reader leaves open.
 */
export function dealAmount(view: Element, language: PageLanguage, feed: readonly Element[]): Money | undefined {
  const text =
    textOf(firstVisible(view, SELECTORS.dealValue)) ||
    fieldText(view, FIELDS.value, language.words, feed) ||
    chunksOf(view).find((c) => MONEY_ONLY.test(c.text))?.text;
  if (!text) return undefined;
  const money = parseMoney(text);
  if (!money) return undefined;
  const currency = money.currency ?? parseShownMoney(text).currency;
  return currency ? { ...money, currency } : money;
}
