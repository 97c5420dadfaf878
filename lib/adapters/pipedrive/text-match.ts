/**
 * Whole-word, case-insensitive matching of a page's wording against word lists (wording.ts), in
 * any script: "Anruf" matches "Anruf mit Lee" but not "Anrufbeantworter".
 */
const cache = new WeakMap<readonly string[], RegExp>();

/** A word as a literal inside a regular expression. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words as whole words, the longest first where two start alike; one pattern per list, kept. */
export function patternOf(words: readonly string[]): RegExp {
  let re = cache.get(words);
  if (!re) {
    const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    cache.set(words, re);
  }
  return re;
}

/**
 * The text with every whole-word occurrence of the list's words replaced by `by`, together with a
 * word of `joins` right after one ("Reached out and"), so what follows reads as if set apart.
 */
export function replaceWords(
  text: string,
  words: readonly string[],
  by: string,
  joins: readonly string[] = [],
): string {
  if (words.length === 0) return text;
  const joined = joins.length > 0 ? `(?:[\\s,;:]+${patternOf(joins).source})?` : '';
  return text.replace(new RegExp(patternOf(words).source + joined, 'giu'), by);
}

/** Some word of the list appears in the text as a whole word. */
export function hasWord(text: string, words: readonly string[]): boolean {
  return words.length > 0 && patternOf(words).test(text);
}

/** The text begins with one of the words as a whole word ("Call from Dana", not "Callback"). */
export function startsWithWord(text: string, words: readonly string[]): boolean {
  const t = text.trimStart().toLowerCase();
  return words.some((w) => t.startsWith(w.toLowerCase()) && !/[\p{L}\p{N}]/u.test(t.charAt(w.length)));
}

/** The text is one of the words, ignoring case, surrounding punctuation and a trailing count ("Persons (2)"). */
export function isWord(text: string, words: readonly string[]): boolean {
  const t = text
    .replace(/\(\d+\)\s*$/, '')
    .replace(/^[\s:·•-]+|[\s:·•-]+$/g, '')
    .toLowerCase();
  return t.length > 0 && words.some((w) => w.toLowerCase() === t);
}

/** The text starts with one of the words followed by a colon ("From: …", "De : …"); the rest, else undefined. */
export function afterLabel(text: string, words: readonly string[]): string | undefined {
  const t = text.trim();
  for (const w of words) {
    if (t.slice(0, w.length).toLowerCase() !== w.toLowerCase()) continue;
    const rest = t.slice(w.length).match(/^\s*:\s*(.*)$/s);
    if (rest) return rest[1]?.trim() ?? '';
  }
  return undefined;
}
