import { literal } from './sentence-shapes';
import { type SalesforceWords, wordsOf } from './words';

/**
 * "Alex Morgan and 2 others" → "Alex Morgan": the person a sentence names before the tail its
 * language adds for several people (words' `othersTail`, `{n}` the count). Other text is kept.
 */
export function oneNamed(name: string, words: readonly SalesforceWords[]): string {
  for (const tail of wordsOf(words, 'othersTail')) {
    const stripped = name.replace(new RegExp(`\\s+${tailPattern(tail)}$`, 'iu'), '');
    if (stripped && stripped !== name) return stripped;
  }
  return name;
}

/**
 * How many people a sentence counts without naming them ("You had an Event with Max Young and 1
 * other" → 1), by its language's tail; undefined when it names everyone it counts.
 */
export function othersCounted(sentence: string, words: readonly SalesforceWords[]): number | undefined {
  for (const tail of wordsOf(words, 'othersTail')) {
    const count = sentence.match(new RegExp(`\\s${tailPattern(tail)}(?=[\\s.]|$)`, 'iu'))?.[1];
    if (count) return Number(count);
  }
  return undefined;
}

/** A tail's words as a pattern, its count `{n}` captured. */
function tailPattern(tail: string): string {
  return tail
    .trim()
    .split(/\s+/)
    .map((word) => (word === '{n}' ? '(\\d+)' : literal(word)))
    .join('\\s+');
}
