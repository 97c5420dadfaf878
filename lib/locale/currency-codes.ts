import { CURRENCY_CODES, DOLLAR_SIGN_CURRENCIES } from './currencies';

type WithSupportedValues = { supportedValuesOf?: (key: 'currency') => string[] };

/**
 * Every ISO 4217 code, as Intl knows them, that a page may write beside an amount ("ILS 40,000.00",
 * "KWD 750.000"); where Intl lists none (older engines), the codes CRMs print most. A code outside
 * a short list went unread, and a converted amount after it ("(USD 10,850.00)") was read instead.
 */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set(
  (Intl as WithSupportedValues).supportedValuesOf?.('currency') ?? [...CURRENCY_CODES, ...DOLLAR_SIGN_CURRENCIES],
);
