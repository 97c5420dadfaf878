import type { NotRead } from '../../schema/read-result';
import type { Classification } from './classify-activity';

/**
 * A synced mail whose direction is not read (mail-direction.ts: no sent or received label, and a
 * sender who is neither a person of the record nor a user, or no From line at all) is kept as
 * unknown and said, as the Salesforce reader does: the reply rate leaves it out, never in silence.
 * Pages in a language without a word table say so their own way (untabled-language.ts).
 */
export function mailDirectionGap(classified: Classification, title: string): NotRead[] {
  if (classified.type !== 'email' || classified.direction !== 'unknown') return [];
  return [
    {
      field: 'activities.direction',
      reason: `"${title}": neither a sent or received label nor its sender (a person of the record, or a user) tells whether it came in or went out`,
    },
  ];
}
