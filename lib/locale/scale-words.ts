import { languageOf } from './page-locale';

/** A number as the page wrote it: its value, and whether its digits were grouped into thousands ("12,500"). */
export interface Digits {
  value: number;
  grouped: boolean;
}

/**
 * A scale word's size on a page in a language (its tag: "pt-PT"), or undefined where the word
 * does not settle it there: the amount is then not read, since its digits alone are a thousandth
 * of it or less.
 */
type Size = number | ((lang: string) => number | undefined);

const english = (lang: string) => languageOf({ lang }) === 'en';
/** Intl's `pt` is Brazil's Portuguese; Portugal's (and the other regions') words differ. */
const portugalPortuguese = (lang: string) => languageOf({ lang }) === 'pt' && !/^pt$|^pt-br$/i.test(lang);

/**
 * Abbreviations that compact amounts print after few digits ("$48K", "€1.2M", "48 Tsd. €",
 * "1,5 Mio. €", "R$ 48 mil", "1,2 Mln €"), from Intl's compact currency format
 * (`notation: 'compact'`) of a language Touchline reads unless marked a guess.
 */
const ABBREVIATIONS: [RegExp, Size][] = [
  // en, fr "k"; de "Tsd." (guess: Intl de prints thousands in full); es, pt "mil".
  [word(String.raw`k|tsd\.?|mil`), 1_000],
  // en, es, fr "M"; de "Mio."; it "Mln"; nl "mln."; pt "mi".
  [word(String.raw`m|mio\.?|mln\.?|mi`), 1_000_000],
  // Finance shorthand for a million (guess); Intl's pt-PT "mM" is "mil milhões", a billion.
  [word('mm'), (lang) => (portugalPortuguese(lang) ? undefined : 1_000_000)],
  // "bn" (guess: English finance shorthand; fr Intl's "Bn" is a trillion, a deal size no CRM shows);
  // de "Mrd."; it "Mld"; nl "mld."; fr "Md".
  [word(String.raw`bn|mrd\.?|mld\.?|md`), 1_000_000_000],
  // pt-BR "bi" (bilhão); Intl's pt-PT "Bi" is a bilião, a trillion.
  [word('bi'), (lang) => (portugalPortuguese(lang) ? undefined : 1_000_000_000)],
  // Intl's en "B" is a billion; its es "B" a trillion (a "billón"), and no other language Touchline
  // reads prints it: there the page does not say which it means.
  [word('b'), (lang) => (english(lang) ? 1_000_000_000 : undefined)],
  // en "T"; de "Bio."; pt "tri".
  [word(String.raw`t|bio\.?|tri`), 1_000_000_000_000],
  // Intl's it and nl "bln" is a trillion, English shorthand (a guess) a billion: never read.
  [word(String.raw`bln\.?`), () => undefined],
];

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
 * A scale word right after the digits that stands alone: then the text ends, a space follows
 * ("1,5 Mio. €", "$48K deal"), or punctuation other than "&" and "-" ("$48K,", "$48K)"). A word
 * running on is another word: "$500 T&M" (time and materials), "$500 bi-weekly".
 */
function word(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(String.raw`^\s?(?:${alternatives})(?=$|\s|[^\p{L}\p{N}&-])`, flags);
}

/** A whole word in the case given: "Milione" is no "milione". */
function cased(alternatives: string): RegExp {
  return word(alternatives, 'u');
}

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
  const found = whole ?? abbreviation(after);
  if (!found) return value;
  const size = typeof found[1] === 'number' ? found[1] : found[1](lang);
  return size === undefined ? undefined : Math.round(value * size * 100) / 100;
}

function abbreviation(after: string): [RegExp, Size] | undefined {
  return ABBREVIATIONS.find(([pattern]) => pattern.test(after));
}
