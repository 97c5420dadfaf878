import { languageOf } from './page-locale';
import { ABBREVIATIONS } from './scale-abbreviations';
import { cased, type Size } from './scale-word-pattern';

/** A number as the page wrote it: its value, and whether its digits were grouped into thousands ("12,500"). */
export interface Digits {
  value: number;
  grouped: boolean;
}

const english = (lang: string) => languageOf({ lang }) === 'en';

/**
 * Whole words, as Intl's compact long format prints them (`compactDisplay: 'long'`: "1,2 mil
 * millones", "1,5 Milliarden"). Read as the digits alone, "$1.2 billion" was 1.2 and "1,2 mil
 * millones" 1200. Compound words come before the word they start with ("mil millones", "mil").
 * Only in the case their language writes them (lower case; German nouns capitalised, GERMAN_WORDS):
 * a capitalised word after an amount is more likely a name ("€12,500 Milione", an Italian surname;
 * "$3,000 Million Dollar Club").
 */
const WORDS: [RegExp, Size][] = [
  // it "mille miliardi", "mila miliardi".
  [cased(String.raw`mill?[ae]\smiliardi`), 1_000_000_000_000],
  // es "mil millones", pt-PT "mil milhões".
  [cased(String.raw`mil\smillones|mil\smilh[õo]es`), 1_000_000_000],
  // es "billón", pt-PT "bilião", pt-BR "trilhão", nl "biljoen": a trillion in their one language.
  [cased('bill[óo]n|billones|bili[ãa]o|bili[õo]es|trilh[ãa]o|trilh[õo]es|biljoen'), 1_000_000_000_000],
  // en "trillion"; fr "trillion" is 10^18.
  [cased('trillions?'), (lang) => (english(lang) ? 1_000_000_000_000 : undefined)],
  // en "billion"; fr "billion" is a trillion.
  [cased('billions?'), (lang) => (english(lang) ? 1_000_000_000 : undefined)],
  // fr "milliard(s)", nl "miljard", it "miliardo/i", pt-BR "bilhão/ões".
  [cased('milliards?|miljard(?:en)?|miliard[oi]|bilh[ãa]o|bilh[õo]es'), 1_000_000_000],
  // en "million(s)", es "millón/es", pt "milhão/ões", nl "miljoen(en)", it "milione/i".
  [cased('millions?|mill[óo]n|millones|milh[ãa]o|milh[õo]es|miljoen(?:en)?|milion[ei]'), 1_000_000],
  // en "thousand", fr and it "mille", fr "millier(s)", it "mila", nl "duizend".
  [cased('thousand|mille|milliers?|mila|duizend'), 1_000],
];

/** German's whole words, capitalised as German writes nouns; read on German pages only. */
const GERMAN_WORDS: [RegExp, Size][] = [
  [cased('Billionen'), 1_000_000_000_000],
  // de "Billion" is a trillion and "Trillion" 10^18, where English words capitalised in a title
  // ("Billion") are 10^9 and 10^12: the page does not settle which it means.
  [cased('Billion|Trillion'), () => undefined],
  [cased('Milliarden?'), 1_000_000_000],
  [cased('Million(?:en)?'), 1_000_000],
  [cased('Tausend'), 1_000],
];

/**
 * The amount a number stands for with the text after it (`after`) on a page in `lang`. A scale
 * word scales few digits ("48", "1,2", "120") only: digits already grouped into thousands ("$12,500",
 * "22 500") are the whole amount, and a letter or a name after them is no scale. A whole word
 * after them ("$1,200 million") leaves the amount unread: its digits alone are a thousandth of it
 * or less, and a word right after an amount can be a name. Undefined, too, where the word's size
 * is not settled in the language.
 */
export function withScale({ value, grouped }: Digits, after: string, lang: string): number | undefined {
  const whole = (languageOf({ lang }) === 'de' ? [...GERMAN_WORDS, ...WORDS] : WORDS).find(([pattern]) =>
    pattern.test(after),
  );
  if (grouped) return whole ? undefined : value;
  const found = whole ?? ABBREVIATIONS.find(([pattern]) => pattern.test(after));
  if (!found) return value;
  const [pattern, size] = found;
  const times = typeof size === 'number' ? size : size(lang, after.match(pattern)?.[0] ?? '');
  return times === undefined ? undefined : Math.round(value * times * 100) / 100;
}
