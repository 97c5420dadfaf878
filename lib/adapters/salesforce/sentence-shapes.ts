import type { Sentence } from './sentence';
import type { SalesforceWords } from './words';

/** The text as a pattern that matches it literally. */
export const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One table's sentence shapes as patterns. Matching is case-insensitive but keeps accents:
 * folding them would shift the offsets of the captured names, which keep their spelling.
 */
function patternsOf(words: SalesforceWords): RegExp[] {
  const slots: Record<string, string> = {
    '{actor}': '(?<actor>.+?)',
    '{other}': '(?<other>.+?)',
    '{verb}': `(?:${words.actorVerbs.map(literal).join('|')})`,
  };
  return words.sentenceShapes.map((shape) => {
    const parts = shape.normalize('NFC').split(/(\{actor\}|\{other\}|\{verb\})/);
    const body = parts.map((part) => slots[part] ?? literal(part).replace(/\s+/g, '\\s+')).join('');
    return new RegExp(`^${body}\\.?$`, 'iu');
  });
}

/** "Rita Kowalski hat eine E-Mail an Jamie Patel gesendet" → actor and counterpart, by the tables' shapes. */
export function shapedSentence(summary: string, tables: readonly SalesforceWords[]): Sentence | undefined {
  const text = summary
    .normalize('NFC')
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();
  for (const pattern of tables.flatMap(patternsOf)) {
    const found = text.match(pattern)?.groups;
    const actor = found?.actor?.trim();
    if (!actor) continue;
    const counterpart = found?.other?.trim();
    return counterpart ? { actor, counterpart } : { actor };
  }
  return undefined;
}
