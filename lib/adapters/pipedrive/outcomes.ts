import type { Outcome } from '../../schema/activity';
import { nameFollows } from '../name-after-word';
import { afterLabel, escapeRegExp, hasWord, isWord, patternOf, replaceWords, startsWithWord } from './text-match';
import type { Wording } from './wording';

/**
 * Where an item states its outcome: the text is one of the item's lines (its subject, an
 * "Outcome: No answer" line, a note opening "No-show — rescheduling"), read from its start
 * after an optional label, or after a dash or bracket that sets it apart ("Call – no answer",
 * "Intro call (connected)"). Words further into the rep's prose ("Busy season starts in March",
 * "after their CFO cancelled") are about something else. Without lines (facts built by hand),
 * the whole text stands in.
 */
function states(source: string, list: readonly string[], fromLines: boolean, labels: readonly string[]): boolean {
  if (!fromLines) return hasWord(source, list);
  return statements(source, labels).some((part) => startsWithWord(part, list));
}

/** A dash between spaces, a bracket, a bar or a middle dot: what sets a subject's outcome apart. */
const SET_APART = /\s[–—-]\s|[()[\]|·•]/;

/** The line's parts between the marks that set a part apart, its start first (empty where nothing precedes a mark). */
function setApart(line: string): string[] {
  return line.split(SET_APART).map((part) => part.replace(/^[\s,;:.]+/, '').trim());
}

/**
 * Where a line may state an outcome: its start, after a short label, after each mark that sets a
 * part apart, and after an outcome label opening such a part ("Duration 04:12 · Outcome: Connected").
 */
function statements(line: string, labels: readonly string[]): string[] {
  const parts = setApart(line).filter(Boolean);
  const labelled = parts.flatMap((part) => afterLabel(part, labels) ?? []);
  return [...parts, ...labelled, line.replace(/^[^:]{1,30}:\s*/, '')];
}

/** English forms the word lists leave out ("Unanswered", "Spoke with", "Left a message"); denials come before "connected". */
const ENGLISH: [Outcome, RegExp][] = [
  [
    'no-answer',
    /no answer|not answered|unanswered|no response|not connected|did(?: not|n'?t) connect|not reached|could(?: not|n'?t) reach/,
  ],
  ['voicemail', /voicemail|left (a )?message|left vm/],
  ['busy', /\bbusy\b/],
  ['connected', /connected|answered|reached|spoke/],
];

/**
 * A badge or tag beside the subject that is an outcome word on its own ("Intro call [Connected]"),
 * as an automation tag is read (classify-activity.ts isAutomated): a piece of the item, never prose.
 */
function badged<K extends string>(
  chunks: readonly string[],
  lists: Partial<Record<K, readonly string[]>>,
): K | undefined {
  const found = Object.entries<readonly string[] | undefined>(lists).find(
    ([, list]) => list && chunks.some((chunk) => isWord(chunk, list)),
  );
  return found?.[0] as K | undefined;
}

/** A done call's outcome: the outcome line, a badge, else the item's lines, in the page's wording then English. */
export function callOutcome(
  outcomeText: string,
  text: string,
  words: Wording,
  lines?: readonly string[],
  chunks: readonly string[] = [],
): Outcome {
  const badge = outcomeText ? undefined : badged(chunks, words.outcomes);
  if (badge) return badge;
  const fromLines = !outcomeText && lines !== undefined;
  const sources = (outcomeText ? [outcomeText] : (lines ?? [text])).map((source) => withoutAttempts(source, words));
  for (const source of sources) {
    const stead = outcomeText ? undefined : reachedInStead(source, words);
    if (stead) return stead;
    const named = Object.entries(words.outcomes).find(
      ([, list]) => list && states(source, list, fromLines, words.outcomeLabels),
    )?.[0];
    if (named) return named as Outcome;
    const english = fromLines
      ? ENGLISH.find(([, re]) =>
          statements(source, words.outcomeLabels).some((part) =>
            new RegExp(`^(?:${re.source})`).test(part.toLowerCase()),
          ),
        )
      : ENGLISH.find(([, re]) => re.test(source.toLowerCase()));
    if (english) return english[0];
  }
  return 'unknown';
}

/** A statement opening with a connect word, in the page's wording or English ("Connected", "Spoke with Dana"). */
function opensWithConnect(part: string, words: Wording): boolean {
  return (
    startsWithWord(part, words.outcomes.connected ?? []) ||
    ENGLISH.some(([outcome, re]) => outcome === 'connected' && new RegExp(`^(?:${re.source})`).test(part.toLowerCase()))
  );
}

/**
 * What a statement opening with a connect word says after reaching someone in the contact's stead
 * ("Spoke with her assistant; Ana is out until Monday" → "; Ana is out until Monday"): the connect
 * word, the words that lead to who it reached ("with", "the", "her", a name's "Ana Ortiz's"), and
 * one of `gatekeepers`; or from a machine it reached on ("Reached Ana Ortiz's voicemail, will try
 * again" → "voicemail, will try again"). Undefined when it reached anyone else, the contact named
 * by her own job title among them ("Spoke with the office manager Ana", "Spoke with Assistant
 * Principal Ana Ortiz": a gatekeeper word before a name, isTitle).
 */
function afterStead(part: string, words: Wording): string | undefined {
  const rest = part.trimStart().replace(/^\S+\s*/, '');
  const lead = leadsOf(words.gatekeeperLeads).exec(rest)?.[0] ?? '';
  const reached = rest.slice(lead.length);
  if (ENGLISH_MACHINE.test(reached)) return reached;
  const gatekeeper = [...words.gatekeepers]
    .sort((a, b) => b.length - a.length)
    .find((word) => startsWithWord(reached, [word]));
  if (gatekeeper === undefined) return undefined;
  const next = reached.trimStart().slice(gatekeeper.length);
  return isTitle(lead, next, words) ? undefined : next;
}

/**
 * English words for a machine that took the call, at the text's start ("Reached Ana Ortiz's
 * voicemail", "reached the answering machine"). Not the page's voicemail words: Italian
 * "segreteria" is a voice mailbox or a secretary's office ("Raggiunto segreteria del Dott. Rossi").
 */
const ENGLISH_MACHINE = /^\s*(?:voice ?mail|vm|(?:answering )?machine(?![\s-]+learning\b))\b/i;

/**
 * Whether the gatekeeper word after `lead` is the contact's own job title: a name follows it as
 * written (`next`, nameFollows) and no lead says whose it is ("her assistant Maria", "Ana's
 * assistant Maria"). Not where every noun is capitalised (German).
 */
function isTitle(lead: string, next: string, words: Wording): boolean {
  return words.capitalNames && !hasWord(lead, words.gatekeeperOwners) && !/['’]s\s/.test(lead) && nameFollows(next);
}

const leads = new WeakMap<readonly string[], RegExp>();

/**
 * The run of lead words, and a name's possessive of up to three words ("Ana's", "Ana Ortiz's",
 * "Siobhan O'Brien's"), at a text's start; one ending in an apostrophe ("l'") needs no space after it.
 */
function leadsOf(words: readonly string[]): RegExp {
  let re = leads.get(words);
  if (!re) {
    const each = words.map((w) => `${escapeRegExp(w)}${/['’]$/.test(w) ? '\\s*' : '\\s+'}`);
    // No word of a name joins a topic to the talk ("with Ana about Tom's voicemail setup").
    const possessive =
      "(?:(?!(?:about|re|regarding|on|for|and|to|with|over)\\s)[\\p{L}\\p{N}'’-]+\\s+){0,2}[\\p{L}\\p{N}'’-]+['’]s\\s+";
    re = new RegExp(`^(?:${[...each, possessive].join('|')})*`, 'iu');
    leads.set(words, re);
  }
  return re;
}

/** Where a statement's clause ends: a stop, a comma, a line break. */
const CLAUSE_END = /[,;.!?\n]/;

/**
 * What `said`, a statement's words after the gatekeeper it reached, says after that gatekeeper put
 * the rep through to someone ("…, who put me through to Ana; we agreed on a demo" → " Ana; we
 * agreed on a demo"; "…, zu Lena durchgestellt, Angebot besprochen"). Undefined where no put-through
 * word says so, where one is denied ("couldn't put me through") or leads to a machine or another
 * gatekeeper, before it in its clause or after ("put through to her voicemail", "an die
 * Assistentin weitergeleitet").
 */
function afterPutThrough(said: string, words: Wording): string | undefined {
  if (words.putThrough.length === 0) return undefined;
  const found = patternOf(words.putThrough).exec(said);
  if (!found) return undefined;
  const clause = said.slice(0, found.index).split(CLAUSE_END).pop() ?? '';
  const rest = said.slice(found.index + found[0].length);
  const target = `${clause} ${rest.split(CLAUSE_END)[0] ?? ''}`;
  const before = clause.trim().split(/\s+/).slice(-3).join(' ');
  if (hasWord(before, words.denials) || hasWord(target, words.gatekeepers)) return undefined;
  if (hasWord(target, words.outcomes.voicemail ?? []) || /\b(?:voice ?mail|vm)\b/i.test(target)) return undefined;
  return rest;
}

/** Failures that may follow a gatekeeper in the same statement; a line they answered was no busy one. */
const AFTER_STEAD = ['no-answer', 'voicemail'] as const;

/**
 * A call whose every statement opening with a connect word reached someone in the contact's stead
 * ("Spoke with her assistant", "Reached the front desk", "Connected with the switchboard, …") or a
 * machine ("Reached Ana Ortiz's voicemail"): metrics.md's touch is "a real contact with the
 * person", so no connect. A failure said after it ("…, no answer on her extension") is how the
 * call ended; else the rep left word with that person, HubSpot's "Left live message", which
 * Touchline's outcomes read as a voicemail (hubspot/words/en.ts). Undefined where no statement
 * reached one, where one reached the contact ("Connected – spoke with her assistant to book the
 * signing"), or where the gatekeeper put the rep through and no failure was said after it
 * ("Spoke with her assistant, who put me through to Ana; we agreed on a demo Friday").
 */
function reachedInStead(source: string, words: Wording): Outcome | undefined {
  const opening = statements(source, words.outcomeLabels).filter((part) => opensWithConnect(part, words));
  const after = opening.map((part) => afterStead(part, words));
  if (after.length === 0 || after.some((rest) => rest === undefined)) return undefined;
  const said = after.join(' ');
  const through = afterPutThrough(said, words);
  const ending = through ?? said;
  const failure = AFTER_STEAD.find(
    (outcome) =>
      hasWord(ending, words.outcomes[outcome] ?? []) ||
      ENGLISH.some(([english, re]) => english === outcome && re.test(ending.toLowerCase())),
  );
  if (through !== undefined && failure === undefined) return undefined;
  return failure ?? 'voicemail';
}

/**
 * The text with the phrases that say the rep only tried to get in touch ("Reached out about
 * renewal") set apart as a mark would: their opening word ("Reached") states no outcome, while
 * what follows them may ("Reached out – no answer", "Reached out, left voicemail").
 */
function withoutAttempts(text: string, words: Wording): string {
  return replaceWords(text, words.attemptPhrases, ' – ', words.attemptLinks);
}

/**
 * A meeting said moved: a rescheduled word opening a part set apart after the subject ("Product
 * demo – rescheduled", "Demo (rescheduled)"), with no held word after it ("Demo (rescheduled) –
 * held"). A subject that opens with the word ("Rescheduled demo", "Reprogrammé : visite faite")
 * names the new meeting booked in the moved one's place, which took place once marked done.
 */
function saysMoved(source: string, words: Wording, fromLines: boolean): boolean {
  const moved = words.meetingOutcomes.rescheduled ?? [];
  const parts = setApart(source).slice(1);
  const at = parts.map((part) => (fromLines ? startsWithWord(part, moved) : hasWord(part, moved))).lastIndexOf(true);
  return at >= 0 && !parts.slice(at + 1).some((part) => hasWord(part, words.meetingHeld));
}

/** A meeting marked done was held unless a badge, its subject or a line of its own says it was missed, called off or moved. */
export function meetingOutcome(
  text: string,
  done: boolean | undefined,
  words: Wording,
  lines?: readonly string[],
  chunks: readonly string[] = [],
): Outcome {
  const badge = badged(chunks, words.meetingOutcomes);
  if (badge) return badge;
  const sources = lines ?? [text];
  const says = (list: readonly string[] | undefined) =>
    sources.some((s) => states(s, list ?? [], lines !== undefined, words.outcomeLabels));
  if (says(words.meetingOutcomes['no-show'])) return 'no-show';
  if (says(words.meetingOutcomes.cancelled)) return 'cancelled';
  if (sources.some((s) => saysMoved(s, words, lines !== undefined))) return 'rescheduled';
  return done ? 'held' : 'unknown';
}
