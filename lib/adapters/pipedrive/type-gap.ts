import type { NotRead } from '../../schema/read-result';
import type { Classification, ItemFacts } from './classify-activity';
import { isWord } from './text-match';
import type { Wording } from './wording';

/**
 * An activity read as a task only because no word the page's word table knows names its type
 * ("Anruf" on a German page tagged en-US, a company's own "Site survey"): a task is no touch, so a
 * call the table does not name would vanish from the counts unsaid. Said where the type shown is
 * none of the table's types, by key ("deadline" from an attribute) or name ("Frist").
 * Pages in a language without a table say so their own way (untabled-language.ts).
 */
export function unknownTypeGap(classified: Classification, facts: ItemFacts, title: string, words: Wording): NotRead[] {
  const known = [...Object.keys(words.types), ...Object.values(words.types).flat()];
  if (classified.type !== 'task' || isWord(facts.typeName, known)) return [];
  const shown = facts.typeName ? `the type "${facts.typeName}"` : 'no type name';
  return [
    {
      field: 'activities.type',
      reason: `"${title}" shows ${shown}, which no word Touchline knows for this page names: read as a task, no touch`,
    },
  ];
}
