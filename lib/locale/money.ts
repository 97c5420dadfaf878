import { CURRENCY_CODES, CURRENCY_SIGNS } from './currencies';
import { ISO_CURRENCY_CODES } from './currency-codes';
import { dollarSignsOf } from './dollar-signs';
import { localDollarOf } from './local-dollar';
import { minorDigitsOf } from './minor-digits';
import { myriadValue, type Numeral, type Run, runsOf, standsWhole } from './myriad-amount';
import { type Digits, withScale } from './scale-words';

/** An amount and its ISO currency as a page prints them ("€22.500,00", "22 500 €", "R$ 1.234,56", "EUR 1.234,56", "12,500,000円"). */
export interface Money {
  amount: number;
  currency?: string;
  /** A lone "$" on a page whose locale prints its own currency so: the currency is not read. */
  unclearDollar?: { lang: string; local: string };
}

interface Found {
  /** Undefined where a sign stands that names no currency known ("$ZZ"). */
  text?: string;
  /** The sign as the page wrote it, when a sign rather than a code gave the currency. */
  sign?: string;
  start: number;
  end: number;
}

/** Digits with group or decimal marks; a space joins only a following group of exactly three ("22 500"). */
const NUMBER = /[-−]?\d+(?:(?:[.,'’]|\s(?=\d{3}(?!\d)))\d+)*/g;
const CODE = /(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g;
const COMMON_CODES: ReadonlySet<string> = new Set(CURRENCY_CODES);

/**
 * The amount in a money text and its currency when a sign or code says so. Which of `.` and `,`
 * is the decimal mark is read from the text where it can be ("1.234,56", "1,234.56", "1.234.567",
 * "12,5"); a lone mark before exactly three digits ("48,000", "48.000 €") groups thousands: an
 * amount of money has 0 or 2 decimals, and a CRM prints amounts in the user's regional format,
 * which need not be the page language's (a Spanish page showing "$48,000"). A currency with three
 * decimals (minor-digits.ts) has them there instead: "KWD 750.000" is 750 dinars. `currency` is
 * the one the caller knows from elsewhere (a CSV file's currency column), for its decimals. With
 * the page's `lang`, a lone "$" that its locale prints for its own currency is kept unread
 * (`unclearDollar`), and a scale word whose size differs between languages ("B") is read as that
 * language means it.
 * Undefined when the text holds no amount, or none that can be read whole.
 */
export function parseMoney(text: string, lang?: string, currency?: string): Money | undefined {
  const plain = beforeConversion(text.replace(/[\u00a0\u2007\u2009\u202f]/g, ' '));
  const found = currencyIn(plain, lang ?? 'en');
  const local = lang && found?.sign === '$' ? localDollarOf(lang) : undefined;
  if (local && lang) {
    const stripped = plain.replace('$', '');
    const money = moneyIn(stripped, currencyIn(stripped, lang), lang, currency);
    return money && { amount: money.amount, unclearDollar: { lang, local } };
  }
  return moneyIn(plain, found, lang ?? 'en', currency);
}

/**
 * The text before a bracketed amount that follows the amount: Salesforce multi-currency orgs print
 * the amount converted at the org's rate after it, "ILS 40,000.00 (USD 10,850.00)", and the deal's
 * amount is the first. Brackets with no digits ("1 200 (EUR)") and an amount wholly in brackets
 * ("($1,200)") are kept.
 */
function beforeConversion(text: string): string {
  const open = text.indexOf('(');
  return open > 0 && /\d/.test(text.slice(0, open)) && /^\([^)]*\d/.test(text.slice(open)) ? text.slice(0, open) : text;
}

/**
 * The amount nearest the currency, read whole with any scale word after it ("$1.2B", "1,5 Mio. €",
 * scale-words.ts; myriad units, myriad-amount.ts) as a page in `lang` means it (English when the
 * caller knows no language, as page-locale.ts reads a page without one).
 */
function moneyIn(plain: string, currency: Found | undefined, lang: string, known?: string): Money | undefined {
  const code = currency ? currency.text : known;
  const minor = code ? minorDigitsOf(code) : 2;
  const numerals: Numeral[] = [...plain.matchAll(NUMBER)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    value: amountOf(m[0], minor)?.value,
  }));
  const runs = runsOf(plain, numerals);
  const run = currency ? nearest(runs, currency) : runs[0];
  const amount = run && standsWhole(plain, run) ? amountIn(run, plain, lang, minor) : undefined;
  if (amount === undefined || !run) return undefined;
  const signed = currency?.text ? { amount, currency: currency.text } : { amount };
  // "-$250": the sign stands before the currency sign, not the digits.
  if (currency && currency.end <= run.start && /[-−]\s*$/.test(plain.slice(0, currency.start))) {
    return { ...signed, amount: -Math.abs(amount) };
  }
  return signed;
}

/**
 * The currency an ISO code or a sign names: the page language's dollar and peso signs
 * (dollar-signs.ts) before the other signs, so that "$AR" is no "$". A "$" with letters attached
 * that names no currency known ("$ZZ") is a currency not read, never the US dollar.
 */
function currencyIn(text: string, lang: string): Found | undefined {
  const codes = [...text.matchAll(CODE)].filter((code) => ISO_CURRENCY_CODES.has(code[0]));
  const common = codes.find((code) => COMMON_CODES.has(code[0]));
  if (common) return codeFound(common);
  for (const [sign, iso] of [...dollarSignsOf(lang), ...CURRENCY_SIGNS]) {
    const at = signAt(text, sign);
    if (at >= 0) return { text: iso, sign, start: at, end: at + sign.length };
  }
  // A code CRMs print less often, after the signs and only beside the digits: "€12,500 ALL" is
  // euros, "ILS 40,000.00" and "KWD 750.000" their own.
  const beside = codes.find(
    (code) => /\d\s?$/.test(text.slice(0, code.index)) || /^\s?[-−]?\d/.test(text.slice(code.index + code[0].length)),
  );
  if (beside) return codeFound(beside);
  const unknown = /\p{L}+\$\p{L}*|\$\p{L}+/u.exec(text);
  return unknown ? { start: unknown.index, end: unknown.index + unknown[0].length } : undefined;
}

function codeFound(code: RegExpExecArray | RegExpMatchArray): Found {
  const start = code.index ?? 0;
  return { text: code[0], start, end: start + code[0].length };
}

/**
 * Where a sign stands; one written with Latin letters or a "$" ("zł", "Kč", "Ft", "C$", "$") only
 * apart from other letters: "Ft" in "Fteam" is no forint, "C$" in "EC$" no Canadian dollar, "$" in
 * "$AR" no US dollar.
 */
function signAt(text: string, sign: string): number {
  if (!/[\p{Script=Latin}$]/u.test(sign)) return text.indexOf(sign);
  const letter = (at: number) => /\p{L}/u.test(text.charAt(at));
  for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1))
    if (!letter(at - 1) && !letter(at + sign.length)) return at;
  return -1;
}

function nearest(runs: Run[], currency: Found): Run | undefined {
  const gap = (n: Run) => Math.max(currency.start - n.end, n.start - currency.end, 0);
  return [...runs].sort((a, b) => gap(a) - gap(b))[0];
}

/** A number alone is read with the scale word after it; numerals with myriad units after them, as one amount. */
function amountIn(run: Run, text: string, lang: string, minor: number): number | undefined {
  const [numeral] = run.numerals;
  if (run.units.some(Boolean) || !numeral) return myriadValue(run);
  const read = amountOf(numeral.text, minor);
  return read && withScale(read, text.slice(numeral.end), lang);
}

/** `minor`: the currency's decimals; with three, a lone mark before three digits is the decimal mark. */
function amountOf(raw: string, minor: number): Digits | undefined {
  const negative = /^[-−]/.test(raw);
  const digits = raw.replace(/^[-−]/, '').replace(/[\s'’]/g, '');
  const marks: string[] = digits.match(/[.,]/g) ?? [];
  const last = marks[marks.length - 1];
  let decimal: string | undefined;
  if (marks.includes('.') && marks.includes(',')) decimal = last;
  else if (marks.length === 1 && last) {
    const [whole = '', fraction = ''] = digits.split(last);
    const grouped = fraction.length === 3 && minor !== 3 && whole !== '0' && whole.length <= 3;
    decimal = grouped ? undefined : last;
  }
  const [whole = '', fraction] = decimal
    ? [digits.slice(0, digits.lastIndexOf(decimal)), digits.slice(digits.lastIndexOf(decimal) + 1)]
    : [digits];
  const groups = whole.split(/[.,]/);
  if (!inThousands(groups) && !inLakhs(whole, groups)) return undefined;
  const value = Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return undefined;
  return { value: negative ? -value : value, grouped: groups.length > 1 || /\s/.test(raw) };
}

/** "1.234.567", "1,234": a first group of one to three digits, then groups of three. */
function inThousands(groups: readonly string[]): boolean {
  return groups.length === 1 || groups.every((g, i) => (i === 0 ? g.length <= 3 : g.length === 3));
}

/**
 * Indian grouping, as en-IN and hi-IN print money ("22,50,000", "1,00,00,000"): commas, the last
 * group of three, groups of two before it, the first of one or two digits. Tried after thousands,
 * so it decides only numbers with a group of two, which no thousands grouping has; dots never
 * group so ("1.50.000" is no amount).
 */
function inLakhs(whole: string, groups: readonly string[]): boolean {
  const last = groups.length - 1;
  return (
    !whole.includes('.') &&
    groups.every((g, i) => (i === last ? g.length === 3 : i === 0 ? g.length <= 2 : g.length === 2))
  );
}
