import type { NotRead } from '../../schema/read-result';
import { linesOf, lineText } from './lines';
import { SELECTORS } from './selectors';
import { escapeRegExp } from './text-match';
import type { Wording } from './wording';

/**
 * A deal's activity whose participants line names some and counts the rest ("Jonas Weber, Mia
 * Kraus +1", "… and 1 other"): who the rest are is not on the page, so the deal's contacts it
 * touched may be more than those it links. Said, as Salesforce's "and 1 other" is, rather than
 * letting a contact it may have touched pass as untouched (contracts.md: report, never guess).
 */
export function moreParticipantsGap(item: Element, title: string, words: Wording): NotRead[] {
  const tail = tailPattern(words);
  for (const line of linesOf(item)) {
    if (!line.querySelector(SELECTORS.personLink)) continue;
    const text = lineText(line);
    const m = text.match(tail);
    const n = Number(m?.slice(1).find((count) => count !== undefined));
    if (!n) continue;
    const people = n === 1 ? 'one more participant' : `${n} more participants`;
    return [
      {
        field: `contacts of "${title.slice(0, 80)}"`,
        reason: `its participants line counts ${people} without naming them: "${text}"`,
      },
    ];
  }
  return [];
}

const patterns = new WeakMap<Wording, RegExp>();

/** "+N" (a mark, every language's) or the language's tails, `{n}` the count, ending the line. */
function tailPattern(words: Wording): RegExp {
  let re = patterns.get(words);
  if (!re) {
    const tails = [...words.moreParticipants]
      .sort((a, b) => b.length - a.length)
      .map((tail) =>
        tail
          .trim()
          .split(/\s+/)
          .map((word) => (word === '{n}' ? '(\\d+)' : escapeRegExp(word)))
          .join('\\s+'),
      );
    re = new RegExp(`(?:^|[\\s,;·])(?:\\+\\s?(\\d+)${tails.map((t) => `|${t}`).join('')})\\s*$`, 'iu');
    patterns.set(words, re);
  }
  return re;
}
