import { hasWord, isWord } from './text-match';
import type { Wording } from './wording';

/**
 * The default activity type a label names, in the wordings' words: one of them alone ("Anruf")
 * among `names`, else one held inside a label among `labels` ("Appel de suivi" is a call). The
 * page reader's rule for an item's type label (item-facts.ts), and the CSV import's for a type
 * cell, so an export copy and a page copy of one activity get one type.
 */
export function typeNamed(
  names: readonly string[],
  labels: readonly string[],
  wordings: readonly Wording[],
): string | undefined {
  const types = wordings.flatMap((words) => Object.entries(words.types));
  for (const name of names) for (const [key, list] of types) if (isWord(name, list)) return key;
  for (const name of labels) for (const [key, list] of types) if (hasWord(name, list)) return key;
  return undefined;
}
