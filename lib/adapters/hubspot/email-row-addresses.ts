import { fold } from '../../locale/fold';
import { ADDRESS } from './contact-email';
import type { EmailText } from './email-parties';
import type { HubSpotWords } from './words/types';

const ADDRESSES = new RegExp(ADDRESS.source, 'gu');

/**
 * The addresses (folded) in the party rows an email's body opens with, right at its start or after
 * its subject line, as email-parties.ts reads them: "From: omar.haddad@…", "To: Sam Rivera
 * <sam@…>, Dana <dana@…>", "Cc: …". Each row is its label, a colon and a list of parties (an
 * address, a name with its address in angle brackets, or a name alone); the first text that is not
 * such a row ends them. What the mail itself says after them ("write to ines@…"), quoted headers
 * further down and the header's wording are no row.
 */
export function rowAddresses(text: EmailText, words: readonly HubSpotWords[]): string[] {
  const body = fold(text.body);
  const subject = text.subject ? fold(text.subject) : '';
  const afterSubject = subject && body.startsWith(subject) ? body.slice(subject.length).trim() : '';
  const row = rowPattern(words);
  for (const opening of [body, afterSubject]) {
    const rows = openingRows(opening, row);
    if (rows.length > 0) return rows.flatMap((r) => r.match(ADDRESSES) ?? []);
  }
  return [];
}

/** The rows at the start of `text`, one after another. */
function openingRows(text: string, row: RegExp): string[] {
  const rows: string[] = [];
  row.lastIndex = 0;
  for (let found = row.exec(text); found; found = row.exec(text)) rows.push(found[0]);
  return rows;
}

/** By the labels of the page's languages: built once, not once per item. */
const PATTERNS = new Map<string, RegExp>();

/** One row, anchored where the last one ended: its label, a colon, its parties separated by commas or semicolons. */
function rowPattern(words: readonly HubSpotWords[]): RegExp {
  const labels = [...new Set(words.flatMap((w) => w.emailRows))];
  const known = PATTERNS.get(labels.join('|'));
  if (known) return known;
  const label = `(?:${labels.map(escaped).join('|')})`;
  const address = ADDRESS.source;
  // A name alone ends at a separator, the next row's label or the text's end: never mid-sentence.
  const party = `(?:[^<>@,;:]*?<\\s*${address}\\s*>|${address}|[^<>@,;:]+?(?=\\s*[,;]|\\s+${label}\\s*:|\\s*$))`;
  const pattern = new RegExp(`\\s*${label}\\s*:\\s*${party}(?:\\s*[,;]\\s*${party})*`, 'uy');
  PATTERNS.set(labels.join('|'), pattern);
  return pattern;
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
