/**
 * Currency signs as CRMs print them beside amounts (Intl's output per language: "CA$" in English,
 * "$CA" in French), longest first so "R$" wins over "$" and "CA$" over "A$".
 */
export const CURRENCY_SIGNS: readonly [sign: string, code: string][] = [
  // fr-CA writes US dollars "36 000,00 $ US", fr-FR "36 000,00 $US".
  ['$ US', 'USD'],
  ['$US', 'USD'],
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['$CA', 'CAD'],
  ['AU$', 'AUD'],
  ['$AU', 'AUD'],
  ['NZ$', 'NZD'],
  ['$NZ', 'NZD'],
  ['HK$', 'HKD'],
  ['MX$', 'MXN'],
  ['$MX', 'MXN'],
  ['$SG', 'SGD'],
  ['NT$', 'TWD'],
  ['CN¥', 'CNY'],
  ['R$', 'BRL'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  // Intl's ja-JP output writes the yen fullwidth (U+FFE5): "￥1,234,568".
  ['￥', 'JPY'],
  // A Japanese page may write the yen as a word after the digits: "12,500,000円", "1,250万円".
  ['円', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₽', 'RUB'],
  ['$', 'USD'],
  // Signs written in letters, after the digits ("48 250,00 zł", "36 000 Ft"): read only where they
  // stand apart from other letters (money.ts), and after every sign, as words beside an amount may
  // hold them ("$12,500 (Ft. Worth)"). "kr" is left out: Swedish, Norwegian, Danish and Icelandic
  // crowns all print it, so it names no one currency.
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['Ft', 'HUF'],
];

/**
 * The ISO 4217 codes CRMs print most ("EUR 1.234,56", "1 250 CHF"): those whose names a currency
 * cell may hold (currency-cell.ts), and the codes read beside an amount where Intl lists none
 * (currency-codes.ts; elsewhere every code Intl knows is read).
 */
export const CURRENCY_CODES: readonly string[] = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'BRL',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'CNY',
  'INR',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'MXN',
  'ZAR',
  'SGD',
  'HKD',
  'TWD',
  'KRW',
  'TRY',
  'RUB',
];

/** Currencies other than the US dollar that some locales print with a lone "$" (local-dollar.ts). */
export const DOLLAR_SIGN_CURRENCIES: readonly string[] = [
  'CAD',
  'MXN',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'TWD',
  'ARS',
  'CLP',
  'COP',
  'UYU',
  'DOP',
  'JMD',
  'TTD',
  'XCD',
  'BSD',
  'BBD',
  'BZD',
  'FJD',
  'CUP',
];
