import { literal } from './sentence-shapes';
import { type SalesforceWords, wordsOf } from './words';

/** A summary sentence split into its own wording (who did what, with whom) and the record it is about. */
export interface SaidAbout {
  /** The sentence without its related record: its verb part, and the names it gives as people. */
  said: string;
  /** The related record's name as the page shows it ("Renovación próximo año"), where the sentence gives one. */
  record?: string;
}

/**
 * "You logged a call with Jordan Lee about Renovación próximo año" → "You logged a call with
 * Jordan Lee" and the record "Renovación próximo año", by the tables' `relatedRecord` shapes. The
 * record's name is the org's own text: a word in it ("próximo", "en retard") is no tense, and it is
 * no one's name. The earliest "about" word not opening the sentence starts the record; words that
 * close the sentence after it (German "… zu X protokolliert") stay. A person named with such a
 * word ("Karl zu Guttenberg") is cut there: the page gives no other sign of where the name ends.
 */
export function splitRelatedRecord(summary: string, words: readonly SalesforceWords[]): SaidAbout {
  const text = summary
    .normalize('NFC')
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();
  let best: { at: number; said: string; record: string } | undefined;
  for (const pattern of wordsOf(words, 'relatedRecord').map(patternOf)) {
    const found = pattern.exec(text);
    const record = found?.groups?.record?.trim();
    if (!found || !record || (best && best.at <= found.index)) continue;
    const closing = found.groups?.closing;
    best = { at: found.index, said: `${text.slice(0, found.index)}${closing ? ` ${closing}` : ''}`, record };
  }
  return best ? { said: best.said.trim(), record: best.record } : { said: text };
}

/** "zu {record} protokolliert" as a pattern: its opening words after some text, the record, its closing words, the end. */
function patternOf(shape: string): RegExp {
  const [opening = '', closing = ''] = shape.split('{record}').map((part) => part.trim());
  const spaced = (part: string) => part.split(/\s+/).map(literal).join('\\s+');
  const close = closing ? `\\s+(?<closing>${spaced(closing)})` : '';
  return new RegExp(`(?<=\\S)\\s+${spaced(opening)}\\s+(?<record>\\S.*?)${close}\\s*\\.?$`, 'iu');
}
