import { DOLLAR_SIGN_CURRENCIES } from './currencies';

const cache = new Map<string, readonly [sign: string, code: string][]>();

/**
 * The signs a page in `lang`, or an English or French one, prints for the US dollar, the other
 * dollars and pesos and the real: a "$" with the letters that name one ("EC$", "$AR", "$CL",
 * "$TT", fr-CA's "$ AU", Swedish "BR$"), longest first. Intl's output, so that no dollar or peso reads as the US dollar for want
 * of a table row; the lone "$" is left to currencies.ts.
 */
export function dollarSignsOf(lang: string): readonly [sign: string, code: string][] {
  let signs = cache.get(lang);
  if (!signs) {
    const found = new Map<string, string>();
    for (const language of new Set([lang, 'en', 'fr']))
      for (const code of ['USD', 'BRL', ...DOLLAR_SIGN_CURRENCIES]) {
        const sign = signIn(language, code);
        if (sign && /\$/.test(sign) && /\p{L}/u.test(sign) && !found.has(sign)) found.set(sign, code);
      }
    signs = [...found].sort(([a], [b]) => b.length - a.length);
    cache.set(lang, signs);
  }
  return signs;
}

function signIn(lang: string, currency: string): string | undefined {
  try {
    const parts = new Intl.NumberFormat(lang, { style: 'currency', currency }).formatToParts(1);
    return parts.find((p) => p.type === 'currency')?.value.replace(/\s/g, ' ');
  } catch {
    return undefined;
  }
}
