import { type Money, parseMoney } from '../../locale/money';
import { firstVisible, textOf } from '../dom';
import { fieldText } from './fields';
import { parseMoney as parseShownMoney } from './money';
import type { PageLanguage } from './page-locale';
import { FIELDS, SELECTORS } from './selectors';

/**
 * The deal value from the header marker, else the "Value" field, read in the page's locale
 * (lib/locale: "22.500 €", "R$ 1.234,56"). The adapter's own reading of currency symbols fills a
 * currency the shared reader leaves open.
 */
export function dealAmount(view: Element, language: PageLanguage): Money | undefined {
  const text = textOf(firstVisible(view, SELECTORS.dealValue)) || (fieldText(view, FIELDS.value, language.words) ?? '');
  if (!text) return undefined;
  const money = parseMoney(text, language.locale);
  if (!money) return undefined;
  const currency = money.currency ?? parseShownMoney(text).currency;
  return currency ? { ...money, currency } : money;
}
