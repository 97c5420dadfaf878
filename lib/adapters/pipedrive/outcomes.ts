import type { Outcome } from '../../schema/activity';
import { subjectSays } from './meeting-subject-outcome';
import { setApart } from './set-apart';
import { afterOpening, hasWord, isWord, replaceWords, startsWithWord } from './text-match';
import type { Wording } from './wording';

/**
 * Where an item states its outcome: the text is one of the item's lines (its subject, an
 * "Outcome: No answer" line, a note opening "No-show — rescheduling"), read from its start
 * after an optional label, or after a dash or bracket that sets it apart ("Call – no answer",
 * "Intro call (connected)"). Words further into the rep's prose ("Busy season starts in March",
 * "after their CFO cancelled") are about something else. Without lines (facts built by hand),
 * the whole text stands in.
 */
function states(source: string, list: readonly string[], fromLines: boolean): boolean {
  if (!fromLines) return hasWord(source, list);
  return statements(source).some((part) => startsWithWord(part, list));
}

/** Where a line may state an outcome: its start, after a short label, and after each mark that sets a part apart. */
function statements(line: string): string[] {
  return [...setApart(line).filter(Boolean), line.replace(/^[^:]{1,30}:\s*/, '')];
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
    const named = Object.entries(words.outcomes).find(([, list]) => list && states(source, list, fromLines))?.[0];
    const english = fromLines
      ? ENGLISH.find(([, re]) =>
          statements(source).some((part) => new RegExp(`^(?:${re.source})`).test(part.toLowerCase())),
        )?.[0]
      : ENGLISH.find(([, re]) => re.test(source.toLowerCase()))?.[0];
    const outcome = (named as Outcome | undefined) ?? english;
    if (outcome === 'connected' && fromLines && reachedVoicemail(source, words)) return 'voicemail';
    if (outcome) return outcome;
  }
  return 'unknown';
}

/**
 * A statement that opens with a connect word and names the mailbox right after it ("Call – reached
 * voicemail", "connected to voicemail", "conectado al buzón de voz", "joint la messagerie",
 * wording.ts reachedMailbox): the call got through to a mailbox, no person, so an attempt
 * (metrics.md's connect rate), as "Mailbox erreicht" says it in the other word order. A voicemail
 * further on is an earlier attempt or prose ("Reached Ana after 2 voicemails", "Spoke with Ana –
 * she got my voicemail", "joint, devis envoyé par messagerie"): the call connected.
 */
function reachedVoicemail(source: string, words: Wording): boolean {
  return statements(source).some((part) => {
    const rest = afterOpening(part, words.outcomes.connected ?? []);
    return rest !== undefined && startsWithWord(rest, words.reachedMailbox);
  });
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
function saysMoved(source: string, moved: readonly string[], words: Wording, fromLines: boolean): boolean {
  const parts = setApart(source).slice(1);
  const at = parts.map((part) => (fromLines ? startsWithWord(part, moved) : hasWord(part, moved))).lastIndexOf(true);
  return at >= 0 && !parts.slice(at + 1).some((part) => hasWord(part, words.meetingHeld));
}

type MeetingOutcomeWords = Wording['meetingOutcomes'];

const withSynonyms = new WeakMap<Wording, MeetingOutcomeWords>();

/** The outcome words with the everyday synonyms, read in the subject and badges (once per wording: the lists key regex caches). */
function subjectOutcomes(words: Wording): MeetingOutcomeWords {
  let lists = withSynonyms.get(words);
  if (!lists) {
    const [own, more] = [words.meetingOutcomes, words.meetingOutcomeSynonyms];
    lists = {
      'no-show': [...(own['no-show'] ?? []), ...(more['no-show'] ?? [])],
      cancelled: [...(own.cancelled ?? []), ...(more.cancelled ?? [])],
      rescheduled: [...(own.rescheduled ?? []), ...(more.rescheduled ?? [])],
    };
    withSynonyms.set(words, lists);
  }
  return lists;
}

/**
 * A meeting marked done was held unless a badge, its subject or a line of its own says it was
 * missed, called off or moved; the subject says so also in its own word order, the word after the
 * meeting's name or ending it ("Meeting cancelled", "Termin abgesagt": meeting-subject-outcome.ts),
 * and with the everyday synonyms ("Demo – postponed"), which in the notes are prose ("Called off
 * the RFP with the other vendor"). A move word followed by where it moved from ("Demo rescheduled
 * from Monday") names the moved meeting, held.
 */
export function meetingOutcome(
  text: string,
  done: boolean | undefined,
  words: Wording,
  lines?: readonly string[],
  chunks: readonly string[] = [],
  subject = '',
): Outcome {
  const inSubject = subjectOutcomes(words);
  const badge = badged(chunks, inSubject);
  if (badge) return badge;
  const sources = lines ?? [text];
  const fromLines = lines !== undefined;
  const says = (key: 'no-show' | 'cancelled') =>
    sources.some((s) => states(s, words.meetingOutcomes[key] ?? [], fromLines)) ||
    states(subject, inSubject[key] ?? [], true) ||
    subjectSays(subject, inSubject[key] ?? [], words);
  if (says('no-show')) return 'no-show';
  if (says('cancelled')) return 'cancelled';
  const moved = inSubject.rescheduled ?? [];
  if (sources.some((s) => saysMoved(s, words.meetingOutcomes.rescheduled ?? [], words, fromLines)))
    return 'rescheduled';
  if (saysMoved(subject, moved, words, true)) return 'rescheduled';
  if (subjectSays(subject, moved, words, words.meetingHeld, words.movedFrom)) return 'rescheduled';
  return done ? 'held' : 'unknown';
}
