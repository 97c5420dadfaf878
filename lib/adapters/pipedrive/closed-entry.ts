import type { PageClock } from '../types';
import { itemDate } from './item-date';
import { itemKind } from './item-facts';
import { changeOf } from './item-title';
import { linesOf, lineText } from './lines';
import type { PageLanguage } from './page-locale';
import { alternatives } from './stage-move-announced';
import { isWord } from './text-match';
import { CHECKBOX } from './type-signals';

/**
 * When the feed says the deal was won or lost ("Deal lost: No budget", or the changelog row
 * "Status: Open → Lost"): the latest such entry's time, undefined where none is shown or dated. Like a stage move said in words
 * (stage-move-sentence.ts), only a changelog entry counts: a note, an activity or its note is
 * someone's prose ("Deal lost: call them in spring"), never the deal's own record of closing.
 */
export function closedEntryTime(
  feed: readonly Element[],
  closed: 'won' | 'lost',
  clock: PageClock,
  language: PageLanguage,
): string | undefined {
  const said = new RegExp(`^(?:${alternatives(language.words.closedEntry[closed])})(?![\\p{L}\\p{N}])`, 'iu');
  let latest: string | undefined;
  for (const item of feed) {
    // Only a changelog entry: an icon-less note ("Deal lost: call them in spring") is the rep's prose.
    if (item.querySelector(CHECKBOX) || itemKind(item, clock, language) !== 'change') continue;
    const row = changeOf(item, 'change', language.words);
    const status = !!row && isWord(row.field, language.words.labels.status) && isWord(row.to, language.words[closed]);
    if (!status && !linesOf(item).some((line) => said.test(lineText(line).trim()))) continue;
    const { timestamp } = itemDate(item, clock, language, 'past');
    if (timestamp && (!latest || Date.parse(timestamp) > Date.parse(latest))) latest = timestamp;
  }
  return latest;
}
