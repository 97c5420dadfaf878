import { exportedTouch } from '../../export/logged-subject';
import type { ActivityType, Direction, Outcome } from '../../schema/activity';
import { subjectSaysCancelled } from './cancelled-subject';
import { emailDirection, type RecordPeople } from './email-direction';
import { messageChannel, subjectSaysInbound } from './message-subject';
import { meetingStatusText, outcomeOf, outcomeUnread } from './outcome';
import { type OutreachSubject, outreachSubject } from './outreach-subject';
import { splitRelatedRecord } from './related-record';
import { actorOf, parseSentence, sameName } from './sentence';
import { withoutNames } from './sentence-names';
import { isToolActor } from './tool-actor';
import { isOneOf, norm, type SalesforceWords, saysAny, wordsOf } from './words';
import { en } from './words/en';

/** What an item's markup and text say; the classifier turns it into Touchline's terms. */
export interface ItemText {
  /** From the SLDS item class `slds-timeline__item_{call|email|event|task}`, or ''. */
  kind: string;
  /** Assistive type text ("Call", "Email", "Event", "Task"), or ''. */
  assistive: string;
  subject: string;
  /** The item's sentence: "You logged a call with Jordan Lee", "Jordan Lee sent an email to You". */
  summary: string;
  /** The item's header line beside its subject (its date, markers), where read from a page. */
  headerText?: string;
  /** Every text of the item, expanded details included ("Call Result Left voicemail"). */
  all: string;
  /** Texts standing alone in the item (detail labels and values, dates), where read from a page. */
  values?: readonly string[];
  /** A call's "Call Result" detail, where shown. */
  callResult?: string;
  /** An email's From and To rows ("From:", the blueprint's "From Address"), where shown. */
  from?: string;
  to?: string;
  /** Names the item links to contact or lead records (a sentence's "with" or sender). */
  linkedPeople?: string[];
  /** A carrier or detail label says a tool sent it (a List Email's icon, a "Cadence" detail). */
  automation?: boolean;
  /** The item's SLDS standard icons, read in no language (`email`, `list_email`), where read from a page. */
  icons?: readonly string[];
  /**
   * A related list's row ("Activity History", "Open Activities"): it shows a Task's subject, name,
   * date and owner, never the icon or sentence that tells a logged call or email from a plain Task.
   */
  listRow?: true;
}

export interface Classified {
  type: ActivityType;
  direction: Direction;
  /**
   * The direction is outbound only because nothing on the item says the call came in: "You logged
   * a call with Maya Chen" says who logged it, not who dialled. Presumed, so a direction stated
   * elsewhere (a report's Call Type) is that touch's.
   */
  directionPresumed?: true;
  automated: boolean;
  outcome?: Outcome;
  /** The person the sentence names as acting for the company; absent for "You" (the viewer). */
  owner?: string;
  /** The sentence names the viewer as acting for the company: "You" did it, or it was "sent you". */
  byViewer?: true;
  /** Fields the page did not settle, each with why (the reading lists them as not read). */
  unread: Unread[];
}

export interface Unread {
  field: 'type' | 'direction' | 'automated' | 'planned' | 'outcome' | 'contacts' | 'activity date';
  reason: string;
}

/**
 * Type, direction, automation and outcome of a timeline item. Automation comes from what marks it
 * (`item.automation`, or a tool named as the sentence's actor), never from the subject or notes'
 * wording ("Automated invoicing: revised quote" is a rep's email). The icon class is Salesforce's
 * own record type (Task/Event/EmailMessage; SLDS evidence); tasks that are really touches
 * (LinkedIn, SMS) are told apart by subject, which is a guess no public source confirms
 * (message-subject.ts: a message named, not a look-up on the channel; its direction words), except
 * the subjects Touchline's own import file writes (lib/export/logged-subject.ts), which are read
 * exactly: their touch and, for one that came in, its direction, and the markers Outreach gives
 * the Tasks it syncs (outreach-subject.ts), which say the touch and its direction whatever the
 * item's icon says. Only emails and texts are ever automated: a tool sends them by itself, while
 * a call, a meeting or a LinkedIn message is a person's even as a cadence's step (metrics.md:
 * "sent by a sequence/cadence tool without a person writing it").
 * `people` are the record's people and owner: an email's direction is who sent it (email-direction.ts).
 * `words` are the page language's tables (summary sentences, type words), English last.
 * `noWordsFor` is the page's language when it has no table: what only wording settles is then not read.
 */
export function classifyItem(
  item: ItemText,
  people: RecordPeople,
  words: readonly SalesforceWords[] = [en],
  noWordsFor?: string,
): Classified {
  const synced = outreachSubject(item.subject);
  if (synced?.kind === 'other') return classifyItem({ ...item, subject: synced.rest }, people, words, noWordsFor);
  if (synced && synced.kind !== 'touch') return syncedNoTouch(synced);
  // The sentence's own wording: the record it is about is the org's text, no type, tense or person.
  // The page's people keep their whole names ("mit Karl zu Guttenberg" is no record "Guttenberg").
  const named = [...people.names, ...(item.linkedPeople ?? []), ...(people.owner ? [people.owner] : [])];
  const { said, record } = splitRelatedRecord(item.summary, words, named);
  const told = { ...item, summary: said };
  const type = synced?.type ?? typeOf(told, words);
  const sentence = parseSentence(said, words);
  // A call came in when its details say so, or its subject ("Missed call from …"), never its
  // comments; a text or LinkedIn message when its subject says so ("SMS received: …").
  const inbound =
    isInboundCall(item, type, words) ||
    ((type === 'call' || type === 'sms' || type === 'social') && subjectSaysInbound(item.subject, words));
  // A call is outbound unless its details say it came in; in a language without a table they cannot say.
  // A subject Touchline's import file wrote for a touch that came in says so in any language.
  const direction = synced
    ? synced.direction
    : type !== 'task' && exportedTouch(item.subject)?.inbound
      ? 'inbound'
      : type === 'email'
        ? emailDirection(told, sentence, people, words)
        : type === 'call' && !inbound && noWordsFor
          ? 'unknown'
          : directionOf(type, inbound);
  const actor = sentence?.actor ?? actorOf(said, wordsOf(words, 'actorVerbs'));
  const rep = repOf(type, direction, sentence?.counterpart, actor);
  const viewer = (name: string) => /^you$/i.test(name) || isOneOf(name, wordsOf(words, 'you'));
  // "Jordan Lee sent you an email": received by the viewer, whom the sentence names by no name.
  const sentToViewer = direction === 'inbound' && saysAny(said, wordsOf(words, 'inboundEmail'));
  const byViewer = sentToViewer || (!!rep && viewer(rep));
  const customer = (name: string) => [...people.names, ...(item.linkedPeople ?? [])].some((n) => sameName(n, name));
  // A tool or system user named as the actor sent it on its own: no rep's (tool-actor.ts).
  const owner = rep && !byViewer && !customer(rep) && !isToolActor(rep, words) ? rep : undefined;
  const toolSends = type === 'email' || type === 'sms';
  const automated = toolSends && (!!item.automation || isToolActor(sentence?.actor ?? '', words));
  // A meeting's outcome is its status, never its description's wording (meetingStatusText); its
  // subject's calendar label says a cancellation in the org's language ("Abgesagt: …").
  const outcomeText = type === 'meeting' ? meetingStatusText(item, said) : item.all;
  const outcome =
    type === 'meeting' && subjectSaysCancelled(item.subject, words)
      ? 'cancelled'
      : outcomeOf(type, withoutNames(outcomeText, [actor, sentence?.counterpart, record]), item.callResult, words);
  const outcomeNotRead = outcomeUnread(type, outcome, item.callResult, noWordsFor, words);
  return {
    type,
    direction,
    ...(!synced && type === 'call' && direction === 'outbound' ? { directionPresumed: true } : {}),
    automated,
    outcome,
    owner,
    ...(byViewer ? { byViewer: true } : {}),
    // A plain email's own icon (SLDS `standard:email`, not `list_email`) says no list tool sent it.
    unread: [
      ...unreadOf(type, direction, noWordsFor, automated || !!item.icons?.includes('email'), !!item.listRow),
      ...(outcomeNotRead ? [outcomeNotRead] : []),
      ...(synced?.type === 'email' && direction === 'outbound' && !automated ? [OUTREACH_SENDER_UNSAID] : []),
    ],
  };
}

/**
 * Outreach gives its sequences' automatic emails and the rep's own ones (a manual step, a one-off
 * email) the same "[Email] [Out]" markers: whether a tool wrote it is not on the page. Read as the
 * rep's, the default every other email has, and reported.
 */
const OUTREACH_SENDER_UNSAID: Unread = {
  field: 'automated',
  reason: 'Outreach marks its sequences\' automatic emails and a rep\'s own alike ("[Outreach] [Email] [Out]")',
};

/**
 * An Outreach Task that is no touch: a tracking event (the prospect opened an email), or markers
 * Touchline does not know, which may hide a logged email or call and are reported.
 */
function syncedNoTouch(synced: Exclude<OutreachSubject, { kind: 'touch' | 'other' }>): Classified {
  if (synced.kind === 'event') return { type: 'system', direction: 'unknown', automated: true, unread: [] };
  return {
    type: 'task',
    direction: 'unknown',
    automated: false,
    unread: [{ field: 'type', reason: `Outreach's markers "${synced.markers}" say no touch Touchline knows` }],
  };
}

const UNSAID = {
  email: 'who sent it is only in its wording',
  call: 'only its wording says whether it came in',
};

/**
 * What the item left unsettled: a touch's direction; whether a Task is a logged call or email, in a
 * language without a table (its icon and subject say so only in words) or on a related list's row
 * (which shows neither icon nor sentence, and whose subject named no call or email); and whether a
 * tool sent an email that neither a mark nor its icon settles (a List Email's icon words it).
 */
function unreadOf(
  type: ActivityType,
  direction: Direction,
  noWordsFor: string | undefined,
  toolTold: boolean,
  listRow: boolean,
): Unread[] {
  const language = noWordsFor && `the page is in "${noWordsFor}", a language Touchline has no words for`;
  const unread: Unread[] = [];
  if (language && type === 'task') {
    unread.push({
      field: 'type',
      reason: `${language}: a Task may be a logged call or email, which only its wording tells`,
    });
  } else if (listRow && type === 'task') {
    unread.push({
      field: 'type',
      reason:
        'only a related list row shows it, with no icon or sentence: a Task may be a logged call or email, which they tell',
    });
  }
  if (direction === 'unknown' && (type === 'email' || type === 'call')) {
    const reason = language
      ? `${language}: ${UNSAID[type]}`
      : 'neither its sentence nor its From/To rows name the record, its owner or You';
    unread.push({ field: 'direction', reason });
  }
  if (language && type === 'email' && !toolTold) {
    unread.push({
      field: 'automated',
      reason: `${language}: whether a tool sent it to a list (a List Email) is only in its icon's wording`,
    });
  }
  return unread;
}

/**
 * Who acted for the company: a received email's recipient, else the sentence's actor. An email
 * whose direction is unknown has none: its sender may be the customer.
 */
function repOf(type: ActivityType, direction: Direction, counterpart?: string, actor?: string): string | undefined {
  if (direction === 'inbound') return counterpart;
  return type === 'email' && direction === 'unknown' ? undefined : actor;
}

function typeOf(item: ItemText, words: readonly SalesforceWords[]): ActivityType {
  const kind = (item.kind || item.assistive).toLowerCase();
  if (kind === 'call') return 'call';
  if (kind === 'email' || kind === 'emailmessage') return 'email';
  if (kind === 'event' || kind === 'meeting') return 'meeting';
  const message = messageChannel(item.subject, words);
  if (message) return message;
  // Every logged call or email is a Task record (crm-evidence-2.md): its sentence says which. A
  // Task Touchline's import file wrote says its touch in its subject: a meeting's Task shows as a
  // plain Task (lib/export/logged-subject.ts).
  if (kind === 'task')
    return (
      sentenceTouch(item.summary, words) ??
      subjectType(item.subject, words) ??
      exportedTouch(item.subject)?.channel ??
      'task'
    );
  const summary = item.summary.toLowerCase();
  if (/logged a call|\bcall(ed)?\b/.test(summary)) return 'call';
  if (/sent (you )?an email|\bemail\b/.test(summary)) return 'email';
  if (/\bevent\b|\bmeeting\b/.test(summary)) return 'meeting';
  return sentenceTouch(item.summary, words) ?? (saysType(item.summary, words, 'meeting') ? 'meeting' : 'task');
}

/** The touch a Task's sentence names in the page's language ("You logged a call with …"); a Task is never an event. */
function sentenceTouch(summary: string, words: readonly SalesforceWords[]): 'call' | 'email' | undefined {
  if (saysType(summary, words, 'call')) return 'call';
  if (saysType(summary, words, 'email')) return 'email';
  return undefined;
}

function saysType(summary: string, words: readonly SalesforceWords[], key: 'call' | 'email' | 'meeting'): boolean {
  return saysAny(
    summary,
    words.flatMap((w) => w.sentenceType[key]),
  );
}

/** A Task whose subject opens with a call or email word ("E-Mail: Case study") is that touch, logged. */
function subjectType(subject: string, words: readonly SalesforceWords[]): 'call' | 'email' | undefined {
  // As a label only: the word alone or before a separator ("Call", "Email: Rollout plan", "Call -
  // Ana", "Call | Ana", "Call, left voicemail"). "Call Ana" or "Email Ana the case study", the word
  // and a space before a word, is a to-do's subject, done as a Task.
  const opens = (word: string) => {
    const s = norm(subject);
    const w = norm(word);
    return s.startsWith(w) && !/^\s*[\p{L}\p{N}]/u.test(s.slice(w.length));
  };
  if (words.some((w) => w.subjectType.call.some(opens))) return 'call';
  if (words.some((w) => w.subjectType.email.some(opens))) return 'email';
  return undefined;
}

/**
 * A call came in when its "Call Type" detail says so: the type word standing alone as a value
 * ("Inbound", "Eingehend"), or label and value in one text ("Call Type: Inbound", "Anruftyp:
 * Eingehend": the word as the whole value after its label, in any language). Not the word inside
 * comments, where it is everyday language ("returning her inbound call", German "eingehend
 * besprochen" is "discussed thoroughly").
 */
function isInboundCall(item: ItemText, type: ActivityType, words: readonly SalesforceWords[]): boolean {
  if (type !== 'call') return false;
  if (/\bcall type:?\s*inbound\b/i.test(item.all)) return true;
  const inbound = words.flatMap((w) => w.inboundCall);
  return (item.values ?? []).some((value) => isOneOf(value.replace(/^[^:]+:\s*/, ''), inbound));
}

function directionOf(type: ActivityType, inbound: boolean): Direction {
  if (inbound) return 'inbound';
  return type === 'call' || type === 'email' || type === 'meeting' || type === 'social' || type === 'sms'
    ? 'outbound'
    : 'unknown';
}
