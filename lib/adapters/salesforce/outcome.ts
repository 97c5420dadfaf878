import type { ActivityType, Outcome } from '../../schema/activity';
import { documentedCallOutcome, isUnsettledCallResult } from './call-result';
import type { ItemText, Unread } from './classify-activity';
import { connectSaidLast, gatekeeperSaidLast } from './connect-said';
import { meetingStatusIn } from './meeting-status';
import { subjectStatusLabel } from './subject-status';
import { en } from './words/en';
import type { CallCommentWords, SalesforceWords } from './words/types';

/**
 * A call's or meeting's outcome: its "Call Result" detail where one is shown (one of Salesforce's
 * own results by the page language's table, `words`, else by its English wording), else the words
 * of `text` in the page's languages: a call's whole item (subject, comments), a meeting's status
 * text (meetingStatusText), never its title's words. Comments are free text that may
 * name another outcome in passing ("she had listened to my voicemail"), so a shown result the words
 * do not settle stays `unknown` rather than borrowing one from them (outcomeUnread reports it).
 */
export function outcomeOf(
  type: ActivityType,
  text: string,
  result?: string,
  words: readonly SalesforceWords[] = [en],
): Outcome | undefined {
  if (!isShown(result)) return outcomeIn(type, text, words);
  // An org's own result in its language ("Mailbox", "Verbunden") has no documented meaning: only its
  // English wording is read, as Lightning's untranslated values are (outcomeUnread reports the rest).
  return (type === 'call' ? documentedCallOutcome(result, words) : undefined) ?? outcomeIn(type, result, [en]);
}

/**
 * Why a call's outcome was not read: its "Call Result" shows a value the words do not settle (the
 * result is Task.CallDisposition, free text or the org's own values in the org's language, with no
 * documented list to translate), or the page is in a language without a table, where only wording
 * would say how the call went.
 */
export function outcomeUnread(
  type: ActivityType,
  outcome: Outcome | undefined,
  result: string | undefined,
  noWordsFor: string | undefined,
  words: readonly SalesforceWords[] = [en],
): Unread | undefined {
  if (type !== 'call' || outcome !== 'unknown') return undefined;
  if (isShown(result) && isUnsettledCallResult(result, words))
    return { field: 'outcome', reason: `its Call Result "${result}" does not say whether anyone was reached` };
  if (isShown(result))
    return { field: 'outcome', reason: `its Call Result "${result}" is wording Touchline has no outcome for` };
  return noWordsFor
    ? {
        field: 'outcome',
        reason: `the page is in "${noWordsFor}", a language Touchline has no words for: only its wording says how the call went`,
      }
    : undefined;
}

/**
 * Where a meeting says how it went: its sentence, its header line, the values it shows on their
 * own in a few words (a "Meeting Outcome" detail's "Held", a "Canceled" badge) and a status label
 * its subject sets apart from its title ("Pricing review – no show", subjectStatusLabel). Never the
 * title's own words, which say what the meeting was about ("Review of the cancelled order"), nor
 * its description or notes: free text that may name a cancellation or a no-show in passing ("they
 * cancelled the Initech contract"). An item not read from a page (no `values`) has its whole text
 * but its subject. Calendar sync's "Canceled: …" is read by subjectSaysCancelled, in the page's
 * languages.
 */
export function meetingStatusText(
  item: Pick<ItemText, 'subject' | 'headerText' | 'values' | 'all'>,
  sentence: string,
): string {
  const label = subjectStatusLabel(item.subject) ?? '';
  if (!item.values) return [item.subject ? item.all.replace(item.subject, ' ') : item.all, label].join('\n');
  const own = item.values.filter((value) => value.trim().split(/\s+/).length <= STATUS_WORDS);
  return [label, sentence, item.headerText ?? '', ...own].join('\n');
}

/** The most words a status shows on its own ("Contact did not attend"). */
const STATUS_WORDS = 4;

/** A result with a letter or digit: an empty detail's dash is no value. */
function isShown(result: string | undefined): result is string {
  return !!result && /[\p{L}\p{N}]/u.test(result);
}

/**
 * Call result words as Sales Engagement and reps write them (guess), in the page's languages
 * (words/*.ts `callComments`), all read at once: a comment may be in any of
 * them, not only the first the page lists. A connect said outright after any failure worded as the
 * call's result comes first (connect-said.ts): comments that say the rep spoke with someone
 * may mention a voicemail or a busy team in passing ("she had listened to my voicemail"), while a
 * failed call is not worded as a connect (a denied one, "not connected", one to a machine, "reached
 * voicemail", and an earlier one, "we last connected on Oct 2", are no connect). Nor is one
 * reaching someone in the contact's stead ("spoke with her assistant", "receptionist answered"),
 * unless that person then put the rep through ("…, who put me through to Ana"): metrics.md's touch
 * is "a real contact with the person". A meeting's status words are
 * meeting-status.ts's.
 */
function outcomeIn(type: ActivityType, text: string, words: readonly SalesforceWords[]): Outcome | undefined {
  if (type === 'call') {
    // Accents dropped ("Connecté"), line breaks kept: they end a comment's clauses. Its capitals
    // kept apart: they tell a name ("Spoke with Assistant Principal Ana Ortiz").
    const cased = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const t = cased.toLowerCase();
    const languages = words.map((w) => w.callComments);
    if (connectSaidLast(t, languages, cased)) return 'connected';
    // Someone came to the phone in the contact's stead and no failure was said after: HubSpot's
    // "Left live message", which Touchline's outcomes read as a voicemail (hubspot/words/en.ts).
    if (gatekeeperSaidLast(t, languages, cased)) return 'voicemail';
    return failuresOf(languages).find(([pattern]) => pattern.test(t))?.[1] ?? 'unknown';
  }
  return type === 'meeting' ? meetingStatusIn(text) : undefined;
}

/**
 * The page languages' failure outcomes as one list, by rank: every table's first entry, then every
 * table's second, … Each table lists its voicemail words, then no answer, then busy (English's
 * denials, "not connected", last), so a comment naming two failures gets the same outcome whichever
 * language the page lists first and whichever language the comment is in.
 */
function failuresOf(languages: readonly CallCommentWords[]): CallCommentWords['failures'] {
  const longest = Math.max(0, ...languages.map((w) => w.failures.length));
  return Array.from({ length: longest }, (_, rank) =>
    languages.flatMap((w) => w.failures.slice(rank, rank + 1)),
  ).flat();
}
