import { CURRENCY_SIGNS } from '../../locale/currencies';

/**
 * The ISO code a separate Currency field names: the code alone ("EUR"), the currency's name with
 * its code ("US Dollar (USD)"; the code in brackets first, as a name may hold capitals of its own:
 * "CFA Franc BCEAO (XOF)"), or a sign alone ("€"). Undefined for a name alone ("Euro"): the record
 * keeps a code, never the field's words.
 */
export function currencyCode(shown: string): string | undefined {
  const code = shown.match(/\(([A-Z]{3})\)/)?.[1] ?? shown.match(/(?<!\p{L})[A-Z]{3}(?!\p{L})/u)?.[0];
  if (code) return code;
  return CURRENCY_SIGNS.find(([sign]) => sign === shown.trim())?.[1];
}
