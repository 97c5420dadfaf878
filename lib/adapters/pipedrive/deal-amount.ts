import { CURRENCY_SIGNS } from '../../locale/currencies';
import { type Money, parseMoney } from '../../locale/money';
import { allVisible, firstVisible, textOf } from '../dom';
import { fieldText } from './fields';
import { chunksOf, visibleText } from './lines';
import { parseMoney as parseShownMoney } from './money';
import type { PageLanguage } from './page-locale';
import { FIELDS, SELECTORS } from './selectors';

/** Currency signs written in letters, which follow the number ("48 250 zł", "12 500 Kč", "1 250 000 Ft"). */
const LETTER_SIGNS = CURRENCY_SIGNS.map(([sign]) => sign).filter((sign) => /^\p{Script=Latin}+$/u.test(sign));

/**
 * A piece of text that is an amount with its currency and nothing else: "$48,000", "48.000 €",
 * "EUR 1.234,56", "CHF 48'000" (Swiss grouping, straight or curly apostrophe), a dollar sign
 * after the number as French and Spanish write it ("48 000,00 $US", "48.000,00 US$"), and a sign
 * in letters after it ("48 250,50 zł"). Whole text only: "Ft" in "$12,500 (Ft. Worth)" is no forint.
 */
const MONEY_ONLY = new RegExp(
  `^(?:(?:[A-Z]{1,2}\\$|R\\$|[$€£¥₹]|[A-Z]{3})\\s?\\d[\\d.,'’\\s]*|\\d[\\d.,'’\\s]*\\s?(?:[A-Z]{1,2}\\$|\\$[A-Z]{1,2}|[$€£¥₹]|[A-Z]{3}|${LETTER_SIGNS.join('|')}))$`,
  'u',
);

/**
 * The deal value from the header marker, else the "Value" field, else the first piece of text in
 * the deal's header (deal-header.ts) that is an amount with a currency, or the first element
 * there whose text is one ("22.500,00" and "€" drawn apart). Never from the feed: a changelog
 * entry "Value: 10.000,00 € → 22.500,00 €" names old values. Read in the page's locale
 * (lib/locale: "22.500 €", "R$ 1.234,56"), whose language keeps a lone "$" it prints for its own
 * dollar unread (`unclearDollar`: fr-CA "36 000,00 $" may be Canadian or US dollars); the
 * adapter's own reading of currency symbols fills a currency the shared reader leaves open
 * otherwise.
 */
export function dealAmount(
  view: Element,
  header: Element | undefined,
  language: PageLanguage,
  feed: readonly Element[],
): Money | undefined {
  const text =
    textOf(firstVisible(view, SELECTORS.dealValue)) ||
    fieldText(view, FIELDS.value, language.words, feed) ||
    (header ? amountIn(header) : undefined);
  if (!text) return undefined;
  const money = parseMoney(text, language.locale.lang);
  if (!money) return undefined;
  if (money.unclearDollar) return money;
  const currency = money.currency ?? parseShownMoney(text).currency;
  return currency ? { ...money, currency } : money;
}

function amountIn(header: Element): string | undefined {
  const chunk = chunksOf(header).find((c) => MONEY_ONLY.test(c.text));
  if (chunk) return chunk.text;
  for (const el of allVisible(header, '*')) {
    if (el.closest(CONTROL)) continue;
    const text = visibleText(el);
    if (MONEY_ONLY.test(text)) return text;
  }
  return undefined;
}

const CONTROL = 'button, [role="button"], textarea, input';
