import { fold } from '../../locale/fold';
import type { ActivityType, Direction, Outcome } from '../../schema/activity';
import { contactActed } from './contact-acted';
import { type EmailText, emailParties } from './email-parties';
import { meetingOutcomeLabel } from './meeting-outcome-label';
import { outsideSubject } from './outside-subject';
import { type Unread, unreadInLanguage } from './untabled-wording';
import { withoutNames } from './without-names';
import { en } from './words/en';
import type { HubSpotWords, Rule } from './words/types';

export interface Classification {
  type: ActivityType;
  direction: Direction;
  automated: boolean;
  outcome?: Outcome;
  /**
   * The direction is outbound only because the header says the item was logged ("Logged call"):
   * presumed, so a direction stated elsewhere (an export's column) is that touch's.
   */
  directionPresumed?: true;
  /** On a page in a language without a word table: what only wording could settle. */
  unread?: Unread[];
}

/** What an item says beyond its header: its icon label, outcome/direction properties, people named. */
export interface ItemHints {
  icon?: string;
  isNoteCard?: boolean;
  /** The item's "Outcome" / "Call outcome" / "Meeting outcome" property, or its status text. */
  outcomeText?: string;
  /** The item's "Direction" / "Call direction" property. */
  directionText?: string;
  /** The line naming who did what ("from Jordan Lee to Alex Morgan", "Jordan Lee booked a meeting"). */
  description?: string;
  /** The item's first line after its header where no title hook marks it (an email's subject). */
  subject?: string;
  /** Names (and email addresses) of the record's contacts: an email or call *from* one of them is inbound. */
  contactNames?: readonly string[];
  /** Names of the reps the page shows (the record's owner, the user the item's header names): an email from one is outbound. */
  reps?: readonly string[];
  /** The contacts are all the record's (a contact page; a deal's card may list fewer). */
  allContacts?: boolean;
  /** The page's wording, own language first (words/index.ts); English when absent. */
  words?: readonly HubSpotWords[];
  /** The page's language when it has no word table: its header wording is not read for the type. */
  noWordsFor?: string | undefined;
}

/**
 * Type, direction, automation and outcome of one timeline item from its header text, e.g.
 * "Logged call" → outbound call; "Email reply from Jordan Lee" → inbound email; "Appel - Connecté
 * passé par Alex Morgan" → outbound connected call. No public source shows per-item attributes
 * for these (crm-pages.md, crm-evidence-2.md), so this is read from text: unknown stays unknown.
 */
export function classifyActivity(header: string, hints: ItemHints = {}): Classification {
  const words = hints.words ?? [en];
  const h = fold(header);
  // English words in a foreign header mislead ("ha aperto l'e-mail" is an open, not an email).
  const shown = hints.noWordsFor ? typeBeyondWording(hints, words) : typeOf(h, hints, words);
  const type = shown ?? 'system';
  const touch = type !== 'note' && type !== 'task' && type !== 'system';
  const read = touch ? directionOf(type, h, hints, words) : 'unknown';
  const direction = read === LOGGED ? 'outbound' : read;
  const result: Classification = {
    type,
    direction,
    automated: type === 'system' || (sentByItsTool(type) && direction !== 'inbound' && sentByTool(h, hints, words)),
  };
  if (read === LOGGED) result.directionPresumed = true;
  const outcome = type === 'call' || type === 'meeting' ? itemOutcome(type, h, hints, words) : undefined;
  if (outcome) result.outcome = outcome;
  if (hints.noWordsFor) {
    const unread = unreadInLanguage(hints.noWordsFor, { typeRead: shown !== undefined, ...result, outcome });
    if (unread.length > 0) result.unread = unread;
  } else if (shown === undefined)
    result.unread = [
      {
        field: 'type',
        reason: `no words Touchline knows say what "${header || hints.description || ''}" was (a touch or not)`,
      },
    ];
  return result;
}

/**
 * metrics.md: automated is "sent by a sequence/cadence tool without a person writing it". A
 * sequence sends its email (and a workflow its text message) by itself; its call, meeting and
 * LinkedIn steps are tasks a rep does: the call made or message written as step 2 of a sequence
 * ("Sequence: Q4 outbound (step 2)") is the rep's manual touch.
 */
function sentByItsTool(type: ActivityType): boolean {
  return type === 'email' || type === 'sms';
}

/**
 * Sent by a sequence or workflow, as the item's own wording says: its header ("Sequence email sent
 * by …") without a subject it may carry ("Email - Re: workflow question"), its icon, or a tag in its
 * text beside its subject line ("Sequence: Q4 outreach"). Never from a subject's or body's words:
 * a rep's "our workflow" is no sign, nor his subject "Workflow: PO approval steps". Never for a
 * reply: a contact's mail is no sequence step, and an automatic reply is told by its own words
 * (auto-replies.ts).
 */
function sentByTool(h: string, hints: ItemHints, words: readonly HubSpotWords[]): boolean {
  const own = `${typeWording(h, words)} ${fold(hints.icon ?? '')}`;
  const text = fold(outsideSubject(hints.description ?? '', subjectLine(h, hints.subject, words)));
  return words.some((w) => w.automated.test(own) || w.automatedTypes?.test(own) || taggedBy(w).test(text));
}

/**
 * The item's line under its header when that is its subject: the header carries none ("Email"), or
 * the same one ("Email - Re: Pilot"). Under a header that names another ("Bulk email - Email
 * preferences update") the line is HubSpot's own ("Bulk email: December newsletter").
 */
function subjectLine(h: string, line: string | undefined, words: readonly HubSpotWords[]): string | undefined {
  const inHeader = h.split(/ [-–—] /).filter((part) => !opensWithType(part, words));
  return line && (inHeader.length === 0 || inHeader.includes(fold(line).trim())) ? line : undefined;
}

/**
 * The parts of a header split at " - " that open with a type ("Sequence email" in "Sequence email -
 * Route pricing v2", "Email" in "Re: workflow question - Email"); the rest is a subject. The whole
 * header when no part does.
 */
function typeWording(h: string, words: readonly HubSpotWords[]): string {
  return ownWording(h, (part) => opensWithType(part, words));
}

/**
 * As typeWording, with the parts that are HubSpot's word for who reached whom ("Call - Inbound",
 * "Correo - Recibido", "Email - Sent"): a direction word and nothing more. A subject opening with
 * one goes on ("Received, thanks", "Empfangene Unterlagen").
 */
function directionWording(h: string, words: readonly HubSpotWords[]): string {
  return ownWording(
    h,
    (part) =>
      opensWithType(part, words) ||
      words.some((w) => isWhole(w.inbound, part) || isWhole(w.outbound, part) || isWhole(w.logged, part)),
  );
}

/** The parts of a header split at " - " that `own` keeps; the whole header when it keeps none. */
function ownWording(h: string, own: (part: string) => boolean): string {
  const parts = h.split(/ [-–—] /);
  const kept = parts.filter(own);
  return parts.length > 1 && kept.length > 0 ? kept.join(' ') : h;
}

/**
 * A header "{type} - {event}" (crm-evidence-2.md: "{type} - {outcome/event} …"): a part after a
 * dash that opens with an email event ("Email - Bounced", "E-mail - Désabonné"). A subject there
 * opens otherwise ("RE : Nouveau magasin ouvert", "Fwd: …"), its event word further on.
 */
function namesEvent(w: HubSpotWords, h: string): boolean {
  return h
    .split(/ [-–—] /)
    .slice(1)
    .some((part) => w.emailEvents.exec(part)?.index === 0);
}

const tags = new WeakMap<HubSpotWords, RegExp>();

/** The automation words as a tag: "sequence:", "workflow :". */
function taggedBy(w: HubSpotWords): RegExp {
  let tag = tags.get(w);
  if (!tag) {
    tag = new RegExp(`${w.automated.source}\\s*:`, w.automated.flags);
    tags.set(w, tag);
  }
  return tag;
}

function first<T>(rules: readonly Rule<T>[], text: string): T | undefined {
  return rules.find(([pattern]) => pattern.test(text))?.[1];
}

/** A collapsed preview's header: what happened, then " · " and who did it ("Left voicemail · Alex Morgan"). */
const BEFORE_WHO = /^(.+?)\s[·|•]\s[^·|•]+$/;

/** The type the header, note card or icon tells; undefined when none of them says anything the table knows. */
function typeOf(h: string, hints: ItemHints, words: readonly HubSpotWords[]): ActivityType | undefined {
  if (hints.isNoteCard) return 'note';
  // "Email bounced", "Maya unsubscribed from all email": about an email, nobody's touch. Read in the
  // header's own wording, never in a subject it carries: "E-mail - RE : Nouveau magasin ouvert" is
  // an email whose subject says "opened", as the English "Re: opened the account" is.
  const wording = typeWording(h, words);
  if (words.some((w) => w.emailEvents.test(wording) || namesEvent(w, h)) || isTrackedByContact(h, hints, words))
    return 'system';
  // "Deal stage changed to Discovery call": a stage move, whatever the stage is named after. Read
  // in the header's own wording too: "Email - Fwd: Deal stage changed to Closed won" is a mail.
  if (words.some((w) => movesStage(w, wording))) return 'system';
  // The record's people are named by people: "Jordan Call submitted form Contact us" is a form
  // submission of Jordan Call's, no call; a surname says nothing of the item's kind.
  const nameless = withoutNames(h, hints.contactNames ?? []);
  const leading = leadingType(nameless, words);
  if (leading) return leading;
  if (eventBeforeType(nameless, words)) return 'system';
  const found = words.map((w) => first(w.anywhereTypes, nameless)).find(Boolean);
  if (found) return found;
  // crm-evidence-2.md: a collapsed call preview shows its outcome, not the word "call", worded as
  // the language likes ("Dejó un mensaje de voz · …", "Deixou correio de voz · …"): an outcome
  // word anywhere before the name is a call.
  const what = h.match(BEFORE_WHO)?.[1];
  if (what && words.some((w) => first(w.callOutcomes, what))) return 'call';
  const icon = iconType(hints, words);
  if (icon) return icon;
  if (isSystemSentence([h], words)) return 'system';
  const description = fold(hints.description ?? '');
  return isSystemSentence([h, description], words) && !opensWithTouch(description, words) ? 'system' : undefined;
}

const NO_TOUCH: readonly ActivityType[] = ['note', 'task', 'system'];

/**
 * The item's text past a header that says nothing of a record event opens with a touch's type
 * word ("Email from Lena Vogt to Sam Ortiz"): its type row was not found where it was looked for, and the property label or sentence
 * word further on ("Email", "Outcome: …") is no sign of a record event. Not read, so reported,
 * never silently `system` (a contact's reply lost with nothing said). Only the opening counts: a
 * body mentioning a call ("I'll call you") says nothing of the item's kind.
 */
function opensWithTouch(text: string, words: readonly HubSpotWords[]): boolean {
  const t = text.trim();
  return words.some((w) =>
    [...w.leadingTypes, ...w.anywhereTypes].some(([p, type]) => !NO_TOUCH.includes(type) && p.exec(t)?.index === 0),
  );
}

/**
 * The item shows its type and nothing else before its date: its header is a type word of the
 * page's wording and no more ("Email", "Logged call", "Connected"), or it has no header and its
 * icon names one. A property's label only opens with one ("Meeting booked", "Email sent").
 */
export function showsTypeAlone(header: string, icon: string | undefined, words: readonly HubSpotWords[]): boolean {
  const h = fold(header).trim();
  if (!h) return iconType({ icon }, words) !== undefined;
  return words.some((w) => w.leadingTypes.some(([pattern]) => isWhole(pattern, h)));
}

/**
 * A header an item shows even with nothing after its date (a collapsed preview, a call logged
 * without notes): its type alone ("Logged call"), its type and what came of it ("Call - Busy",
 * "Llamada - Ocupado"), or a call's outcome and who ("Left voicemail · Alex Morgan",
 * crm-evidence-2.md). A property's label is none of these ("Meeting booked", "Email sent").
 */
export function headsAnItem(header: string, words: readonly HubSpotWords[]): boolean {
  const h = fold(header).trim();
  if (showsTypeAlone(h, undefined, words)) return true;
  const lead = h.match(LEAD)?.[1];
  if (lead && words.some((w) => [...w.leadingTypes, ...w.anywhereTypes].some(([p]) => isWhole(p, lead)))) return true;
  const what = h.match(BEFORE_WHO)?.[1];
  return what !== undefined && words.some((w) => first(w.callOutcomes, what) !== undefined);
}

/** A header opening with a type word ("Llamada registrada", and a property's "Meeting booked" alike). */
export function opensWithType(header: string, words: readonly HubSpotWords[]): boolean {
  const h = fold(header).trim();
  return words.some((w) => [...w.leadingTypes, ...w.anywhereTypes].some(([p]) => p.exec(h)?.index === 0));
}

/** The whole text is a type word of the page's wording ("Notiz", "Call", "E-mail"), nothing else. */
export function isTypeWord(text: string, words: readonly HubSpotWords[]): boolean {
  const t = fold(text).trim();
  return words.some((w) => [...w.leadingTypes, ...w.anywhereTypes].some(([p]) => isWhole(p, t)));
}

/** `pattern` matches `text` from its start, and nothing but punctuation follows. */
function isWhole(pattern: RegExp, text: string): boolean {
  const found = pattern.exec(text);
  return found !== null && found.index === 0 && /^\W*$/.test(text.slice(found[0].length));
}

/** A header's lead: what comes before its first " - " ("Appel - Connecté passé par …"). */
const LEAD = /^(.+?) [-–—] /;

/**
 * The type the header opens with, in any of the page's languages, before a type word further on:
 * "E-mail - Rendez-vous de jeudi" is an email whose subject names a meeting. A lead counts when a
 * type word starts it, so a subject before the separator ("Re: call notes - …") does not.
 */
function leadingType(h: string, words: readonly HubSpotWords[]): ActivityType | undefined {
  const lead = h.match(LEAD)?.[1];
  for (const w of words) {
    const found =
      first(w.leadingTypes, h) ?? (lead ? w.anywhereTypes.find(([p]) => p.exec(lead)?.index === 0)?.[1] : undefined);
    if (found) return found;
  }
  return undefined;
}

/**
 * A record event whose sentence opens before any type word: "Form submission: Book a meeting",
 * "Alex Morgan enrolled Mara Quist in the sequence Discovery call follow-up". The type word names
 * what the form or sequence offers, and metrics.md: system events are never touches. Read in the
 * header's own wording, never in a subject it carries ("Re: Updated proposal - Email" is an email).
 */
function eventBeforeType(h: string, words: readonly HubSpotWords[]): boolean {
  const own = typeWording(h, words);
  const earliest = (patterns: readonly RegExp[]) =>
    Math.min(...patterns.map((p) => own.search(p)).filter((at) => at >= 0));
  const type = earliest(words.flatMap((w) => w.anywhereTypes.map(([p]) => p)));
  return type !== Number.POSITIVE_INFINITY && earliest(words.map((w) => w.eventFirst)) < type;
}

/**
 * A record event the table knows by its wording: a stage set or moved, a property it knows by
 * label changed ("Lifecycle stage changed", "Deal stage changed"), or someone having done something
 * to the record ("Alex Morgan created this contact"). What is none of these is wording the table
 * does not know (a page whose `lang` names another language): not read, never silently `system`.
 */
export function isSystemSentence(texts: readonly string[], words: readonly HubSpotWords[]): boolean {
  const text = texts.join(' ');
  const spaced = ` ${text} `;
  const named = (phrase: string) => spaced.includes(` ${phrase} `);
  // A verb only after who did it: opening a line ("Logged postal mail") it qualifies a thing of a
  // kind the table does not know, which is reported, never silently a record event.
  const didBySomeone = (verb: string) => texts.some((t) => ` ${t} `.indexOf(` ${verb} `, 1) > 0);
  return words.some(
    (w) =>
      movesStage(w, text) ||
      w.systemEvents.test(text) ||
      w.didVerbs.some(didBySomeone) ||
      Object.values(w.labels).some((labels: readonly string[]) => labels.some((label) => named(fold(label)))),
  );
}

/** The type told by what is not header wording: a note card, the item's icon; else undefined. */
function typeBeyondWording(hints: ItemHints, words: readonly HubSpotWords[]): ActivityType | undefined {
  return hints.isNoteCard ? 'note' : iconType(hints, words);
}

function iconType(hints: ItemHints, words: readonly HubSpotWords[]): ActivityType | undefined {
  const icon = fold(hints.icon ?? '');
  if (icon)
    for (const w of words)
      for (const rules of [w.iconTypes, w.anywhereTypes]) {
        const found = first(rules, icon);
        if (found) return found;
      }
  return undefined;
}

/** "Lena Vogt opened Proposal follow-up" where Lena Vogt is a contact: an email open, not a touch. */
function isTrackedByContact(h: string, hints: ItemHints, words: readonly HubSpotWords[]): boolean {
  const names = (hints.contactNames ?? []).map(fold).filter(Boolean);
  return words.some((w) => (w.trackedBy ?? []).some((verb) => names.some((name) => h.startsWith(`${name} ${verb} `))));
}

/** A folded sentence that sets or moves the deal's stage in `w`'s wording. */
export function movesStage(w: HubSpotWords, h: string): boolean {
  return w.stageChanges.some((p) => p.test(h)) || w.stageMoves.some((p) => p.test(h));
}

/**
 * The header says only that the item was logged ("Logged call", "Logged email"): the rep put it in
 * HubSpot, which says who logged it, not who reached whom (a rep logs the contact's call or reply
 * too). Read outbound, as a rep's logged touch mostly is, but presumed (metrics.md Duplicate: the
 * merged touch keeps the most informative fields).
 */
const LOGGED = 'logged';

function directionOf(
  type: ActivityType,
  h: string,
  hints: ItemHints,
  words: readonly HubSpotWords[],
): Direction | typeof LOGGED {
  const stated = fold(hints.directionText ?? '');
  for (const w of words) {
    if (stated && saysInbound(w, stated)) return 'inbound';
    if (stated && w.outbound.test(stated)) return 'outbound';
  }
  // An icon labelled "Inbound call" names the direction, where header words such as "logged by"
  // name who logged it (crm-evidence-2.md: read every carrier). An icon's "Logged call" says
  // nothing of the direction, so only its inbound words come before the header's.
  const icon = fold(hints.icon ?? '');
  if (icon && words.some((w) => saysInbound(w, icon))) return 'inbound';
  // In a language without a table the header's English words are a subject's ("Re: Contract sent
  // for signature"), never HubSpot's wording of who reached whom: as with the type, they are not read.
  const header = hints.noWordsFor ? '' : h;
  // Who reached whom is said in the header's type wording ("Logged email", "Appel - Connecté passé
  // par …"), never in a subject it carries: "E-mail registrata - Hai ricevuto il preventivo?" is
  // the rep's follow-up asking whether the quote came, not the contact's answer.
  const own = directionWording(header, words);
  // An email's sender settles it before the header's words: "Logged email" says who put it in the
  // CRM, "Email reply" that it came in, neither who wrote it (a colleague of the contact writing
  // to the rep, the contact copied, is no reply of the contact's: email-parties.ts). One written to
  // a contact by no one the page places is outbound unless the header says only that it came in:
  // "Email reply" from a colleague of the contact to the contact is no rep's, where "Email reply
  // sent to Mara Quist" names the kind of email and the rep's act. Not for calls: "Inbound call
  // with X logged by Y" names the contact after "with" either way.
  const people = {
    contacts: hints.contactNames ?? [],
    reps: hints.reps ?? [],
    allContacts: hints.allContacts ?? false,
  };
  const written = type === 'email' ? emailParties(emailText(header, hints), people, words) : undefined;
  if (written?.by === 'sender') return written.direction;
  // "E-mail envoyé par Camille Durand", "Camille Durand a envoyé un e-mail à …": the verb says it was
  // sent, the name who sent it. Sent by the record's contact, it is hers, whatever the verb's
  // direction; by a rep or someone the page does not place, the verb's stands.
  if (type === 'email' && contactActed(header, own, people.contacts, words)) return 'inbound';
  const saysIn = words.some((w) => saysInbound(w, own));
  if (written && (!saysIn || words.some((w) => w.outbound.test(own) || w.logged.test(own)))) return written.direction;
  for (const w of words) {
    if (saysInbound(w, own)) return 'inbound';
    if (w.outbound.test(own)) return 'outbound';
  }
  if (words.some((w) => w.logged.test(own))) return LOGGED;
  // An email's body is read only in the rows it opens with (email-parties.ts): further down, quoted text.
  if (type === 'email') return 'unknown';
  const fromContact = byContact(header, fold(hints.description ?? ''), hints.contactNames ?? [], words);
  if (fromContact !== undefined) return fromContact;
  // A call is outbound unless its wording says it came in; in a language without a table it cannot say.
  return hints.noWordsFor ? 'unknown' : 'outbound';
}

const everyMatch = new WeakMap<HubSpotWords, RegExp>();

/**
 * `w`'s inbound words stand in the folded text, not denied by the word before them: a call's outcome
 * "Non ha risposto" / "Não respondeu" / "Niet beantwoord" / "No respondió" says the contact did not
 * answer the rep's dial, the opposite of a reply (the table's `negations`, as for outcome lines).
 */
function saysInbound(w: HubSpotWords, text: string): boolean {
  let pattern = everyMatch.get(w);
  if (!pattern) {
    pattern = new RegExp(w.inbound.source, `${w.inbound.flags.replace('g', '')}g`);
    everyMatch.set(w, pattern);
  }
  return [...text.matchAll(pattern)].some((found) => {
    const before = text
      .slice(0, found.index)
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
    const previous = before[before.length - 1];
    return previous === undefined || !w.negations.includes(previous);
  });
}

function emailText(header: string, { description, subject }: ItemHints): EmailText {
  const text = { header, body: description ?? '' };
  return subject ? { ...text, subject } : text;
}

/** "from Jordan Lee to Alex" / "Jordan Lee booked a meeting" where Jordan Lee is a contact → inbound. */
function byContact(
  header: string,
  description: string,
  contactNames: readonly string[],
  words: readonly HubSpotWords[],
): Direction | undefined {
  // "From: jordan@…" lines read like "from jordan@…".
  const text = `${header} ${description}`.replace(/\s*:\s+/g, ' ');
  for (const name of contactNames.map(fold).filter(Boolean)) {
    for (const w of words) {
      const actedFirst = [header, description].some((t) =>
        w.actedFirst.some((verb) => t.startsWith(`${name} ${verb}`)),
      );
      if (actedFirst || w.from.some((from) => text.includes(`${from} ${name}`))) return 'inbound';
      if (w.to.some((to) => text.includes(`${to} ${name}`))) return 'outbound';
    }
  }
  return undefined;
}

/** Words an outcome's label holds beside its outcome word: "left" voicemail, "dejó un" mensaje de voz. */
const OUTCOME_LABEL_WORDS = 2;

/**
 * The text is an outcome's label ("Connected", "Verbunden", "Left voicemail", "Dejó un mensaje de
 * voz"): a collapsed call shows its outcome so as the first line under its header, without an
 * "Outcome" label. A sentence of notes that mentions one says more ("Connected with the CFO about
 * pricing"), and so does a line denying or deferring it ("Never connected", "Not yet connected").
 */
export function isOutcomeLine(text: string, words: readonly HubSpotWords[]): boolean {
  const t = fold(text).trim();
  return words.some((w) =>
    [...w.callOutcomes, ...w.meetingOutcomes].some(([pattern]) => {
      const found = pattern.exec(t);
      if (!found) return false;
      const rest = `${t.slice(0, found.index)} ${t.slice(found.index + found[0].length)}`;
      const others = rest.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
      return others.length <= OUTCOME_LABEL_WORDS && !others.some((word) => w.negations.includes(word));
    }),
  );
}

/**
 * What came of a call or meeting: its outcome property ("Meeting outcome: Rescheduled") when that
 * says one, else its header's wording ("Appel - Connecté passé par …", "Left voicemail · …") without
 * the people it names, whose names may read as outcome words ("Meeting with Martin Held"). The two
 * are never read together: a word of the header cannot overrule the property.
 */
function itemOutcome(
  type: 'call' | 'meeting',
  h: string,
  hints: ItemHints,
  words: readonly HubSpotWords[],
): Outcome | undefined {
  const shown = hints.outcomeText ? outcomeOf(type, hints.outcomeText, words) : undefined;
  const nameless = withoutNames(h, [...(hints.contactNames ?? []), ...(hints.reps ?? [])]);
  return shown ?? (type === 'meeting' ? meetingOutcome(nameless, words) : outcomeOf(type, nameless, words));
}

/**
 * A meeting's outcome in its header's own wording: its type's part ("Cancelled meeting", "Meeting
 * cancelled by …") or a part after it that is HubSpot's outcome label ("Riunione - Annullata con …").
 * Never its title's words, which a person typed: "Meeting - Review of the cancelled order" took
 * place (metrics.md: a meeting is held unless its outcome says otherwise).
 */
function meetingOutcome(h: string, words: readonly HubSpotWords[]): Outcome | undefined {
  const parts = h.split(/ [-–—] /);
  const typed = parts.filter((part) => opensWithType(part, words));
  const labelled = parts
    .slice(1)
    .map((part) => meetingOutcomeLabel(part, words))
    .find(Boolean);
  return labelled ?? outcomeOf('meeting', (typed.length > 0 ? typed : parts.slice(0, 1)).join(' '), words);
}

/** HubSpot's call outcomes (Connected, No answer, Left voicemail, Busy, Wrong number) and meeting outcomes. */
export function outcomeOf(
  type: 'call' | 'meeting',
  text: string,
  words: readonly HubSpotWords[] = [en],
): Outcome | undefined {
  const t = fold(text);
  for (const w of words) {
    const found = first(type === 'call' ? w.callOutcomes : w.meetingOutcomes, t);
    if (found) return found;
  }
  return undefined;
}
