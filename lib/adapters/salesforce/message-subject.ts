import type { SalesforceWords } from './words';
import { norm } from './words';
import type { MessageSubjectWords } from './words/types';

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
 * wherever it stands ("LinkedIn InMail", "Inbound SMS from …"). A bare channel name counts as the
 * subject's head, followed by nothing, a separator ("LinkedIn: Congrats on the launch"), a message
 * word ("WhatsApp reply from …") or a direction word ("SMS received"), and beside the rep's past
 * act (sentChannel). Never in a look-up ("LinkedIn: View a Profile"): metrics.md counts no task
 * that was not a contact.
 */
export function messageChannel(subject: string, words: readonly SalesforceWords[]): MessageChannel | undefined {
  const t = spaced(subject);
  const said = words.map((w) => w.messageSubject);
  const byTerm = CHANNELS.find((channel) =>
    said.flatMap((w) => w.messages[channel]).some((term) => namesMessage(t, term, said)),
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
  const atHead = CHANNELS.find((channel) =>
    said
      .flatMap((w) => w.names[channel])
      .map(spaced)
      .some((name) => {
        if (!t.startsWith(name)) return false;
        const after = t.slice(name.length - 1);
        return after === ' ' || follows.some((f) => after.startsWith(f));
      }),
  );
  return atHead ?? sentChannel(t, said);
}

/**
 * Whether `term` stands in `t` (spaced) as a message, not as the topic of the rep's work
 * (`topic`): once at least with neither a topic word right before or after it, in a subject that
 * does not open with an order ("Draft SMS", "Review SMS campaign results", "Call back re SMS").
 */
function namesMessage(t: string, term: string, said: readonly MessageSubjectWords[]): boolean {
  const phrase = spaced(term);
  if (!t.includes(phrase)) return false;
  const list = (of: (w: MessageSubjectWords) => string[]) => said.flatMap(of).map(spaced);
  if (list((w) => w.topic.orders).some((order) => t.startsWith(order))) return false;
  const [before, after] = [list((w) => w.topic.before), list((w) => w.topic.after)];
  for (let at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
    // Spaced texts share their edge spaces: a word before ends, one after starts, on the term's.
    const [head, rest] = [t.slice(0, at + 1), t.slice(at + phrase.length - 1)];
    if (!before.some((word) => head.endsWith(word)) && !after.some((word) => rest.startsWith(word))) return true;
  }
  return false;
}

/** How many words may stand between a sent verb and its channel name ("Messaged Dana on LinkedIn"). */
const NEAR = 2;

/**
 * The channel named beside the rep's past act in `t` (spaced): within three words of a sent verb,
 * before or after ("Sent WhatsApp to Dana", German "WhatsApp an Dana gesendet"), or right after a
 * "via"/"on" word that follows one ("Messaged Dana Whitfield on LinkedIn"), in the same part of
 * the subject (no separator between). "Send LinkedIn ad report to marketing" (an order) and
 * "Followed up by phone - prefers WhatsApp now" (another part) are no message on the channel.
 */
function sentChannel(t: string, said: readonly MessageSubjectWords[]): MessageChannel | undefined {
  const tokens = t.trim().split(' ');
  const verbs = said.flatMap((w) => w.sentVerbs).flatMap((v) => spans(tokens, v));
  if (verbs.length === 0) return undefined;
  const via = new Set(said.flatMap((w) => w.via).map((v) => spaced(v).trim()));
  const joined = (from: number, to: number) => !tokens.slice(from, to).includes(':');
  return CHANNELS.find((channel) =>
    said
      .flatMap((w) => w.names[channel])
      .flatMap((n) => spans(tokens, n))
      .some((name) =>
        verbs.some((verb) => {
          if (name.start >= verb.end) {
            const near = name.start - verb.end <= NEAR || via.has(tokens[name.start - 1] ?? '');
            return near && joined(verb.end, name.start);
          }
          return verb.start - name.end <= NEAR && verb.start >= name.end && joined(name.end, verb.start);
        }),
      ),
  );
}

/** Where `phrase` stands in `tokens`, whole words: each start and end (past its last word). */
function spans(tokens: readonly string[], phrase: string): { start: number; end: number }[] {
  const words = spaced(phrase).trim().split(' ');
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, k) => tokens[i + k] === w)) found.push({ start: i, end: i + words.length });
  }
  return found;
}

/** Stands for a channel word in a subject's words: no word of `spaced` text holds a bracket. */
const CHANNEL = '[channel]';

/**
 * The subject says the contact sent the message or placed the call: it opens with a direction
 * word, after its channel words if any, and that word says who sent the message, not where a lead
 * came from: it stands beside a channel word ("Inbound SMS from …", "SMS received: …", "Missed call
 * from …", "Appel entrant", German "Eingehender Anruf"), before a sender within two words
 * ("WhatsApp reply from …", "Inbound from Dana", "Received voicemail from …"), or alone or before
 * a separator ("Missed - Dana Whitfield", "Incoming: +1 415 555 0134"). "Inbound lead follow-up" and "Incoming demo request - intro call" are
 * the rep's calls to a lead that came in; "Reply to inbound SMS" and "Return missed call" are the
 * rep's too. Channel names go first, so a term that names the message with its channel (French
 * "Réponse WhatsApp de …") keeps its direction words around the name.
 */
export function subjectSaysInbound(subject: string, words: readonly SalesforceWords[]): boolean {
  const said = words.map((w) => w.messageSubject);
  const longestFirst = (list: string[]) => list.map(spaced).sort((a, b) => b.length - a.length);
  const channelWords = [
    ...longestFirst(said.flatMap((w) => [...w.names.social, ...w.names.sms])),
    ...longestFirst(said.flatMap((w) => [...w.messages.social, ...w.messages.sms])),
    ...longestFirst(words.flatMap((w) => [...w.subjectType.call, ...w.typeWords.call])),
  ];
  let t = spaced(subject);
  for (const word of channelWords) while (t.includes(word)) t = t.replace(word, ` ${CHANNEL} `);
  const tokens = t.trim().split(/\s+/);
  const from = new Set(said.flatMap((w) => w.from).map((f) => spaced(f).trim()));
  let at = 0;
  while (tokens[at] === CHANNEL) at++;
  const afterChannel = at > 0;
  return said
    .flatMap((w) => w.inbound)
    .some((phrase) => {
      const end = phraseEnd(tokens, at, spaced(phrase).trim().split(' '));
      if (end === undefined) return false;
      // Beside a channel word, after it or before it (a separator between allowed: "Inbound: SMS
      // from …"), or before a sender, its own "from" or the next word ("reply from …", "Inbound from Dana").
      const next = tokens[end] === ':' ? tokens[end + 1] : tokens[end];
      const sender = [end - 1, end, end + 1].some((i) => from.has(tokens[i] ?? ''));
      // Alone, or before a separator ("Missed - Dana Whitfield", "Incoming: +1 415 …"): the word is
      // the whole of what the subject says about the call; "Inbound lead - …" goes on to a lead.
      const alone = end === tokens.length || tokens[end] === ':';
      return afterChannel || next === CHANNEL || sender || alone;
    });
}

/**
 * Where `phrase` ends when it stands at `at` in `tokens`, channel words between its words passed
 * over (French "réponse [WhatsApp] de"), or undefined.
 */
function phraseEnd(tokens: readonly string[], at: number, phrase: readonly string[]): number | undefined {
  let i = at;
  for (const word of phrase) {
    while (i > at && tokens[i] === CHANNEL) i++;
    if (tokens[i] !== word) return undefined;
    i++;
  }
  return i;
}
