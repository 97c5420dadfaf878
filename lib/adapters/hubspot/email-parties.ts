import { fold } from '../../locale/fold';
import type { Direction } from '../../schema/activity';
import type { HubSpotWords } from './words/types';

/** Where an email's text says who wrote it and to whom: the header's own wording, its body, its subject line. */
export interface EmailText {
  /** The header, folded: short enough to hold no quoted mail. */
  header: string;
  body: string;
  /** The body's first line when no title hook marks it (a subject): the body's rows may follow it. */
  subject?: string;
}

/**
 * An email's direction by who it is from or to: the header's own "from X to Y" first ("Email from
 * Alex Morgan to Mara Quist"), else the From/To rows that open its body ("From: Mara Quist … To:
 * Alex Morgan" under a "Logged email"): inbound when a contact wrote it, outbound when it went to
 * one. Who wrote a mail says more than who logged it: a rep logs the contact's mail too. Rows
 * further down are quoted text (Outlook's "From: … Sent: … To: …" of the mail being answered) and
 * never count. Undefined when neither names a contact.
 */
export function emailDirection(
  text: EmailText,
  contactNames: readonly string[],
  words: readonly HubSpotWords[],
): Direction | undefined {
  const names = contactNames.map(fold).filter(Boolean);
  return named(rowless(fold(text.header)), names, words) ?? openingRows(text, names, words);
}

/** "From: jordan@…" reads like "from jordan@…". */
function rowless(text: string): string {
  return text.replace(/\s*:\s+/g, ' ');
}

/** "from <contact>" → inbound, else "to <contact>" → outbound, anywhere in a short text (a header). */
function named(text: string, names: readonly string[], words: readonly HubSpotWords[]): Direction | undefined {
  const has = (word: string, name: string) => ` ${text} `.includes(` ${word} ${name}`);
  if (names.some((name) => words.some((w) => w.from.some((from) => has(from, name))))) return 'inbound';
  if (names.some((name) => words.some((w) => w.to.some((to) => has(to, name))))) return 'outbound';
  return undefined;
}

/**
 * The From and To rows the body opens with, right at its start or after its subject line: the
 * sender is the first From row's, the recipient the first To row's after it. A body opening with
 * anything else (the mail's own text) has no rows of its own: any below are quoted.
 */
function openingRows(text: EmailText, names: readonly string[], words: readonly HubSpotWords[]): Direction | undefined {
  const body = rowless(fold(text.body));
  const subject = text.subject ? rowless(fold(text.subject)) : '';
  const afterSubject = subject && body.startsWith(subject) ? body.slice(subject.length).trim() : '';
  for (const w of words)
    for (const rows of [body, afterSubject]) {
      const from = w.from.find((word) => rows.startsWith(`${word} `));
      const to = w.to.find((word) => rows.startsWith(`${word} `));
      if (!from && !to) continue;
      const sender = from ? rows.slice(from.length + 1) : '';
      if (names.some((name) => sender.startsWith(name))) return 'inbound';
      const recipient = from ? firstTo(sender, w) : rows.slice((to ?? '').length + 1);
      if (recipient !== undefined && names.some((name) => recipient.startsWith(name))) return 'outbound';
      return undefined;
    }
  return undefined;
}

/** What follows the first To row's word in `rest` (the text after the From row's word). */
function firstTo(rest: string, w: HubSpotWords): string | undefined {
  const spaced = ` ${rest}`;
  const found = w.to
    .map((to) => spaced.indexOf(` ${to} `))
    .filter((at) => at >= 0)
    .sort((a, b) => a - b)[0];
  if (found === undefined) return undefined;
  return spaced.slice(found + 1).replace(/^\S+ /, '');
}
