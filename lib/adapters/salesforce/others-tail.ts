import { literal } from './sentence-shapes';
import { type SalesforceWords, wordsOf } from './words';

/**
 * "Alex Morgan and 2 others" → "Alex Morgan": the person a sentence names before the tail its
 * language adds for several people (words' `othersTail`, `{n}` the count). Other text is kept.
 */
export function oneNamed(name: string, words: readonly SalesforceWords[]): string {
  for (const tail of wordsOf(words, 'othersTail')) {
    const body = tail
      .trim()
      .split(/\s+/)
      .map((word) => (word === '{n}' ? '\\d+' : literal(word)))
      .join('\\s+');
    const stripped = name.replace(new RegExp(`\\s+${body}$`, 'iu'), '');
    if (stripped && stripped !== name) return stripped;
  }
  return name;
}
