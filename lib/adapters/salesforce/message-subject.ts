import type { SalesforceWords } from './words';
import { norm } from './words';

/** The channels Lightning has no activity type for: a Task's subject tells them. */
type MessageChannel = 'social' | 'sms';
const CHANNELS: readonly MessageChannel[] = ['social', 'sms'];

/**
 * Folded words with a space either side, so a phrase matches only whole words: hyphens join no
 * words ("WhatsApp-Antwort" is "whatsapp antwort"), a colon or a spaced dash after the head is a
 * separator token (" : "), other punctuation is a space.
 */
function spaced(text: string): string {
  const t = norm(text)
    .replace(/\s+[-–—]\s+/g, ' : ')
    .replace(/[-–—]/g, ' ')
    .replace(/\s*:\s*/g, ' : ')
    .replace(/[.,;!?()"'[\]]/g, ' ');
  return ` ${t.replace(/\s+/g, ' ').trim()} `;
}

const holds = (text: string, phrases: readonly string[]) => phrases.some((p) => text.includes(spaced(p)));

/**
 * The channel a Task's subject says a message went or came on. A term naming the message counts
 * wherever it stands ("LinkedIn InMail", "Inbound SMS from …"); a bare channel name only as the
 * subject's head, followed by nothing, a separator ("LinkedIn: Congrats on the launch"), a message
 * word ("WhatsApp reply from …") or a direction word ("SMS received"), and never in a look-up
 * ("LinkedIn: View a Profile"). "Check Dana's LinkedIn profile before the demo" names the place of
 * some homework, no message: metrics.md counts no task that was not a contact.
 */
export function messageChannel(subject: string, words: readonly SalesforceWords[]): MessageChannel | undefined {
  const t = spaced(subject);
  const said = words.map((w) => w.messageSubject);
  const byTerm = CHANNELS.find((channel) =>
    holds(
      t,
      said.flatMap((w) => w.messages[channel]),
    ),
  );
  if (byTerm) return byTerm;
  if (
    holds(
      t,
      said.flatMap((w) => w.research),
    )
  )
    return undefined;
  const follows = [' : ', ...said.flatMap((w) => [...w.messageWords, ...w.inbound]).map(spaced)];
  return CHANNELS.find((channel) =>
    said
      .flatMap((w) => w.names[channel])
      .map(spaced)
      .some((name) => {
        if (!t.startsWith(name)) return false;
        const after = t.slice(name.length - 1);
        return after === ' ' || follows.some((f) => after.startsWith(f));
      }),
  );
}

/**
 * The subject says the contact sent the message or placed the call: once its channel words are set
 * aside, it opens with a direction word ("Inbound SMS from …", "SMS received: …", "WhatsApp reply
 * from …", "Missed call from …", German "Eingehender Anruf"). Only at the head: "Reply to inbound
 * SMS" and "Return missed call" are the rep's. Channel names go first, so a term that names the
 * message with its channel (French "Réponse WhatsApp de …") keeps its direction word.
 */
export function subjectSaysInbound(subject: string, words: readonly SalesforceWords[]): boolean {
  const said = words.map((w) => w.messageSubject);
  const longestFirst = (list: string[]) => list.map(spaced).sort((a, b) => b.length - a.length);
  const aside = [
    ...longestFirst(said.flatMap((w) => [...w.names.social, ...w.names.sms])),
    ...longestFirst(said.flatMap((w) => [...w.messages.social, ...w.messages.sms])),
    ...longestFirst(words.flatMap((w) => [...w.subjectType.call, ...w.typeWords.call])),
  ];
  let t = spaced(subject);
  for (const word of aside) while (t.includes(word)) t = t.replace(word, ' ');
  return said.flatMap((w) => w.inbound).some((phrase) => t.startsWith(spaced(phrase)));
}
