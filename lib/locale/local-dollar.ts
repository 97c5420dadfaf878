import { DOLLAR_SIGN_CURRENCIES } from './currencies';

const cache = new Map<string, string | undefined>();

/**
 * The currency other than the US dollar that a page in this language prints with a lone "$", as
 * Intl formats it: es-MX prints pesos "$36,000.00" (and US dollars "USD 36,000.00"), fr-CA
 * Canadian dollars "36 000,00 $". There a lone "$" names no one currency. Undefined where no such
 * currency prints so (en-US, fr-FR, de): the lone "$" is the US dollar.
 */
export function localDollarOf(lang: string): string | undefined {
  if (!cache.has(lang))
    cache.set(
      lang,
      DOLLAR_SIGN_CURRENCIES.find((code) => signIn(lang, code) === '$'),
    );
  return cache.get(lang);
}

function signIn(lang: string, currency: string): string | undefined {
  try {
    const parts = new Intl.NumberFormat(lang, { style: 'currency', currency }).formatToParts(1);
    return parts.find((p) => p.type === 'currency')?.value;
  } catch {
    return undefined;
  }
}

/** Why an amount's currency was not read: `"$" on a fr-CA page may be CAD or US dollars`. */
export function unclearDollarReason(unclear: { lang: string; local: string }): string {
  return `"$" on a ${unclear.lang} page may be ${unclear.local} or US dollars`;
}
