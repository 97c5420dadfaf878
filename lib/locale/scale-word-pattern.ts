import { languageOf } from './page-locale';

/**
 * A scale word's size on a page in a language (its tag: "pt-PT"), given the word as written; 1
 * where the word is no scale in that language; undefined where the word does not settle it there:
 * the amount is then not read, since its digits alone are a thousandth of it or less.
 */
export type Size = number | SizeIn;
type SizeIn = (lang: string, written: string) => number | undefined;

/**
 * The size in the languages that print the word (`sizes`, by language: "da"), and `otherwise` on
 * pages in any other language (undefined: the word's size is not settled there).
 */
export function inLanguages(sizes: Readonly<Record<string, number>>, otherwise?: number): SizeIn {
  return (lang) => sizes[languageOf({ lang })] ?? otherwise;
}

/**
 * A scale word right after the digits that stands alone: then the text ends, a space follows
 * ("1,5 Mio. €", "$48K deal"), or punctuation other than "&" and "-" ("$48K,", "$48K)"). A word
 * running on is another word: "$500 T&M" (time and materials), "$500 bi-weekly".
 */
export function standalone(alternatives: string, flags = 'iu'): RegExp {
  return new RegExp(String.raw`^\s?(?:${alternatives})(?=$|\s|[^\p{L}\p{N}&-])`, flags);
}

/** A whole word in the case given: "Milione" is no "milione". */
export function cased(alternatives: string): RegExp {
  return standalone(alternatives, 'u');
}
