import { fold } from '../../locale/fold';

/**
 * Folded text with the given people's names (folded, as whole words) left out: a header names the
 * contact and the reps ("Meeting with Martin Held"), and a surname may read as a word of the table
 * ("Held", "Busy"), which must not say what came of the item.
 */
export function withoutNames(folded: string, names: readonly string[]): string {
  return names
    .map(fold)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .reduce(
      (text, name) => text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${literal(name)}(?![\\p{L}\\p{N}])`, 'gu'), ' '),
      folded,
    );
}

/** A name as a literal inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
