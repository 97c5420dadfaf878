import { allVisible } from '../dom';
import { emailAddressesIn } from './email-addresses';
import { linesOf, lineText } from './lines';
import { directionLabels } from './mail-direction';
import { SELECTORS } from './selectors';
import { isWord } from './text-match';
import type { Wording } from './wording';

/**
 * A link into Pipedrive's mail (`/mail/threads/…`, `/mail/inbox/…`): a thread link of the
 * shape the reader keys threads by (`/mail/thread/{id}`, mail-thread.ts) is one, others are
 * still mail.
 */
const MAIL_LINK = 'a[href*="/mail/"]';

/**
 * A sender or recipient written as a display name and an address, with no label before it
 * ("Jonas Keller <jonas@…>", "\"Keller, Jonas\" <jonas@…>", "jonas@…"): a name of letters only,
 * never a sentence mentioning an address.
 */
const ADDRESSED_NAME = /^["']?[\p{L}\p{M}' .,-]{0,80}["']?$/u;

/**
 * The entry shows what a synced mail shows and a logged activity does not (crm-evidence-2.md:
 * the feed mixes `mailMessage` entries with activities, and the type may live only in an icon):
 * a sent or received label in the page's language ("Received", "Empfangen": mail-direction.ts),
 * a link into the mail, or a line that is a sender's or recipient's address. An entry named only
 * "Email" by its icon, with none of these, may be a logged Email activity.
 */
export function showsMailParts(item: Element, words: Wording): boolean {
  const labels = directionLabels(item, words);
  if (labels.some((label) => isWord(label, [...words.received, ...words.sent]))) return true;
  if (allVisible(item, MAIL_LINK).length > 0) return true;
  return linesOf(item).some((line) => !line.closest(SELECTORS.activityNote) && isAddressLine(lineText(line)));
}

/** A line that is an address with at most a display name beside it. */
function isAddressLine(text: string): boolean {
  const addresses = emailAddressesIn(text);
  if (addresses.length !== 1) return false;
  const rest = text.replace(/<\s*[^<>\s]+@[^<>\s]+\s*>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '').trim();
  return ADDRESSED_NAME.test(rest);
}
