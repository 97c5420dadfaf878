import type { NotRead } from '../../schema/read-result';
import type { ItemDate } from './item-date';
import { isNamed } from './person-name';
import { isWord } from './text-match';
import { typeWords } from './type-signals';
import type { Wording } from './wording';

/**
 * An item whose owner's place shows a person of the record (item-owner.ts, ownerOf): a user who
 * shares the name and the person (a synced mail's sender) look alike there, so the owner is not read.
 */
export function ownerGap(title: string, name: string): NotRead {
  return {
    field: 'activities.owner',
    reason: `"${title}" shows "${name}", a person of this record, where its owner stands: the page does not tell a user of that name from the person`,
  };
}

/**
 * A meta line with nothing after its date but a name before it ("Casey Nguyen · Nov 17, 2026 2:05
 * PM"): the owner stands after the date (item-owner.ts, ownerOf), and no source shows what stands before it, so
 * the name is not taken for the owner, and the owner not read is said. Not the item's subject, a
 * type or status word, or a person of the record (a mail's sender).
 */
export function nameBeforeDateGap(
  title: string,
  date: ItemDate,
  persons: readonly string[],
  words: Wording,
): NotRead[] {
  if ((date.after?.length ?? 0) > 0) return [];
  const name = date.before?.[date.before.length - 1];
  if (!name || !/\p{L}/u.test(name) || name === title || title.includes(name) || isNamed(name, persons)) return [];
  if (isWord(name, [...typeWords(words), ...words.done, ...words.planned, ...words.datePrefixes])) return [];
  return [
    {
      field: 'activities.owner',
      reason: `"${title}" shows "${name}" before its date and nothing after it, where its owner stands: the owner is not read`,
    },
  ];
}

/**
 * A name where the owner may stand but does not by the usual layout (item-owner.ts, ownerOf):
 * after the person's link ("Nov 18 · <a>Jonas Keller</a> · Priya Raman") or on the line under a
 * date with nothing after it, and no user the page names. It may be the owner, or an organisation
 * or a colleague of the person: not taken for a rep, and the owner not read is said.
 */
export function ownerApartGap(title: string, name: string): NotRead {
  return {
    field: 'activities.owner',
    reason: `"${title}" shows "${name}" apart from where its owner stands, and no user of that name is known: the owner is not read`,
  };
}
