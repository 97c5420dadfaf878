import { textOf } from '../dom';
import { itemPart } from './item-parts';
import { senderOf } from './mail-direction';
import { threadSubject } from './mail-thread';
import { SELECTORS } from './selectors';
import { isWord, startsWithWord } from './text-match';
import type { Wording } from './wording';

/**
 * A mail server's delivery report the sync files in the rep's thread with the mail it answers
 * ("Delivery Status Notification (Failure)" from "Mail Delivery Subsystem <mailer-daemon@…>"): no
 * one wrote it to or for the person, so it is a system event (metrics.md: automated system
 * events are no touches), never the rep's email or a step before a reply. Known by its sender's
 * mailbox (wording.ts bounce.addresses: postmaster, mailer-daemon, a person's never), else by how
 * its subject opens, and then only where its From line shows such a server's name or no sender at
 * all: a person's mail titled "Undeliverable: …" is still their mail.
 */
export function isBounceNotice(item: Element, words: Wording): boolean {
  const sender = senderOf(item, words);
  const mailbox = sender?.address?.split('@')[0] ?? '';
  if (words.bounce.addresses.some((a) => a.toLowerCase() === mailbox.toLowerCase())) return true;
  if (sender && !isWord(sender.name, words.bounce.senders)) return false;
  // A synced mail's subject is its own element, else its thread link's text (mail-thread.ts).
  const subject = textOf(itemPart(item, SELECTORS.itemSubject)) || threadSubject(item);
  return startsWithWord(subject, words.bounce.subjects);
}
