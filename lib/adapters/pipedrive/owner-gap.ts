import type { NotRead } from '../../schema/read-result';

/**
 * An item whose owner's place shows a person of the record (item-title.ts, ownerOf): a user who
 * shares the name and the person (a synced mail's sender) look alike there, so the owner is not read.
 */
export function ownerGap(title: string, name: string): NotRead {
  return {
    field: 'activities.owner',
    reason: `"${title}" shows "${name}", a person of this record, where its owner stands: the page does not tell a user of that name from the person`,
  };
}
