import { escapeRegExp } from './text-match';
import type { Wording } from './wording';

const patterns = new WeakMap<readonly string[], RegExp>();

/**
 * A segment of an item's date line that is only the activity's duration ("30 min", "1 h 30 min",
 * "1,5 Std."): neither its owner nor part of its date.
 */
export function isDuration(segment: string, words: Wording): boolean {
  let pattern = patterns.get(words.durationUnits);
  if (!pattern) {
    const units = [...words.durationUnits].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const amount = `\\d+(?:[.,]\\d+)?\\s*(?:${units.join('|')})(?![\\p{L}\\p{N}])\\.?`;
    pattern = new RegExp(`^${amount}(?:\\s*${amount})*$`, 'iu');
    patterns.set(words.durationUnits, pattern);
  }
  return pattern.test(segment.trim());
}
