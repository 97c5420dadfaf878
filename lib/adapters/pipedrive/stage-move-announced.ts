import { escapeRegExp } from './text-match';
import type { Wording } from './wording';

/**
 * A line that begins "<stage field> <changed>" ("Stage changed", "Phase geändert:", "Étape de la
 * transaction modifiée"): those words as the row's field, and what follows them, a colon dropped.
 */
export function stageMoveAnnounced(text: string, words: Wording): { field: string; rest: string } | undefined {
  const line = text.trim();
  const m = line.match(announcement(words));
  if (!m?.[1]) return undefined;
  return { field: m[1], rest: line.slice(m[0].length).trim() };
}

const patterns = new WeakMap<Wording, RegExp>();

function announcement(words: Wording): RegExp {
  let re = patterns.get(words);
  if (!re) {
    const field = alternatives(words.stageField);
    const changed = alternatives(words.stageMove.changed);
    re = new RegExp(`^((?:${field})\\s+(?:${changed}))(?![\\p{L}\\p{N}])\\s*:?`, 'iu');
    patterns.set(words, re);
  }
  return re;
}

/** The words as one regular-expression alternation, the longest first ("Deal stage" before "Stage"). */
export function alternatives(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
