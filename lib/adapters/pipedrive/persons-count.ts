import { allVisible, textOf } from '../dom';
import { HEADING_CANDIDATES, isPersonsHeading, personLinksIn } from './person-links';
import type { Wording } from './wording';

/**
 * How many persons the deal's persons sections count in their headings ("Persons (3)", "Persons
 * <badge>3</badge>") beyond the links they show: the rest sit behind "View all" or a scroll, so
 * the contacts read are only part of the deal's. A heading without a count says nothing.
 */
export function personsNotShown(sections: readonly Element[], words: Wording): number {
  let missing = 0;
  for (const section of sections) {
    const heading = allVisible(section, HEADING_CANDIDATES).find((el) => isPersonsHeading(el, words));
    const count = Number(textOf(heading ?? null).match(/(\d+)\)?\s*$/)?.[1] ?? Number.NaN);
    const shown = personLinksIn(section, words).length;
    if (count > shown) missing += count - shown;
  }
  return missing;
}
