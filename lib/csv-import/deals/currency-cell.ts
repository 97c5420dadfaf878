import { CURRENCY_CODES, CURRENCY_SIGNS, DOLLAR_SIGN_CURRENCIES } from '../../locale/currencies';
import { fold } from '../../locale/fold';

/** What a lone "$" may stand for. */
const DOLLARS: ReadonlySet<string> = new Set(['USD', ...DOLLAR_SIGN_CURRENCIES]);

/** An ISO code, or why a currency cell names none. */
export type CellCurrency = { code: string } | { reason: string };

/**
 * The ISO code a deal export's currency cell names: a code ("EUR", "eur"), a sign that names one
 * currency ("€", "R$", "US$"; lib/locale/currencies.ts), or the currency's name as Intl writes it
 * in the file's language or in English ("Euro", "US Dollar", "US-Dollar"). A lone "$" is printed
 * for the US dollar and a score of other dollars and pesos alike, so it names none unless `hint`
 * (the amount cell, "US$ 1,200") names one of those.
 */
export function currencyOfCell(text: string, lang: string, hint?: string): CellCurrency {
  const said = text.trim();
  if (said === '$') {
    const hinted = hint === undefined ? undefined : currencyOfCell(hint.replace(/[\d\s.,'’+\-−]/g, ''), lang);
    if (hinted && 'code' in hinted && DOLLARS.has(hinted.code)) return hinted;
    return { reason: 'currency "$" may be US dollars or another dollar' };
  }
  if (/^[a-z]{3}$/i.test(said)) return { code: said.toUpperCase() };
  const code = CURRENCY_SIGNS.find(([sign]) => sign === said)?.[1] ?? namesIn(lang).get(fold(said));
  return code ? { code } : { reason: `currency not understood: "${said}"` };
}

const names = new Map<string, Map<string, string>>();

/** Currency names, folded, to their codes, in the file's language and in English. */
function namesIn(lang: string): Map<string, string> {
  let found = names.get(lang);
  if (!found) {
    found = new Map();
    const codes = [...new Set([...CURRENCY_CODES, ...DOLLAR_SIGN_CURRENCIES])];
    for (const language of new Set([lang, 'en'])) {
      const display = displayNames(language);
      for (const code of codes) {
        const name = display?.of(code);
        if (name && name !== code && !found.has(fold(name))) found.set(fold(name), code);
      }
    }
    names.set(lang, found);
  }
  return found;
}

function displayNames(lang: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'currency' });
  } catch {
    return undefined;
  }
}
