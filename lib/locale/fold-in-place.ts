import { fold } from './fold';

/**
 * `fold` a character at a time, so that each place in the folded text is the same place in the
 * text: words of a language's table (stored folded: French "à" as "a") are found there and the
 * text's own spelling cut out at the same places. A character whose folding would change its
 * length ("İ", a Hangul syllable) is kept as written; every space is one space.
 */
export function foldInPlace(text: string): string {
  return text.replace(/[^\x20-\x40\x5b-\x7e]/gu, (ch) => {
    if (/\s/u.test(ch)) return ' ';
    const folded = fold(ch);
    return folded.length === ch.length ? folded : ch;
  });
}
