import type { ItemText } from './classify-activity';
import { type Sentence, sameName } from './sentence';
import { isOneOf, type SalesforceWords, saysAny, wordsOf } from './words';

/** Who the record is: its people's names and, on a contact, its email (for From/To rows). */
export interface RecordPeople {
  names: readonly string[];
  email?: string;
}

/** An email is received when its sentence, its From/To rows or its sender say so. */
export function isInboundEmail(
  item: ItemText,
  sentence: Sentence | undefined,
  people: RecordPeople,
  words: readonly SalesforceWords[],
): boolean {
  const contactNames = people.names;
  if (/sent you an email/i.test(item.summary)) return true;
  if (
    saysAny(
      item.summary,
      words.flatMap((w) => w.inboundEmail),
    )
  )
    return true;
  const rows = fromToSays(item, people);
  if (rows !== undefined) return rows;
  if (!sentence) return /^(re|aw|sv):/i.test(item.subject) && /\breceived\b/i.test(item.all);
  const counterpart = sentence.counterpart ?? '';
  if (/^you$/i.test(counterpart) || isOneOf(counterpart, wordsOf(words, 'you'))) return true;
  return contactNames.some((n) => sameName(n, sentence.actor));
}

/** An email's From/To rows against the record's email and names: undefined when they say neither. */
function fromToSays(item: ItemText, people: RecordPeople): boolean | undefined {
  const names = people.email ? [people.email, ...people.names] : people.names;
  const mentions = (row: string | undefined) => !!row && names.some((n) => row.toLowerCase().includes(n.toLowerCase()));
  if (mentions(item.from)) return true;
  if (mentions(item.to)) return false;
  return undefined;
}
