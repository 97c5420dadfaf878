import type { Outcome } from '../../schema/activity';
import { hasWord, startsWithWord } from './text-match';
import type { Wording } from './wording';

/**
 * Where an item states its outcome: the text is one of the item's lines (its subject, an
 * "Outcome: No answer" line, a note opening "No-show — rescheduling"), read from its start
 * after an optional label. Words further into the rep's prose ("Busy season starts in March",
 * "after their CFO cancelled") are about something else. Without lines (facts built by hand),
 * the whole text stands in.
 */
function states(source: string, list: readonly string[], fromLines: boolean): boolean {
  if (!fromLines) return hasWord(source, list);
  return startsWithWord(source, list) || startsWithWord(source.replace(/^[^:]{1,30}:\s*/, ''), list);
}

/** English forms the word lists leave out ("Unanswered", "Spoke with", "Left a message"). */
const ENGLISH: [Outcome, RegExp][] = [
  ['no-answer', /no answer|not answered|unanswered|no response/],
  ['voicemail', /voicemail|left (a )?message|left vm/],
  ['busy', /\bbusy\b/],
  ['connected', /connected|answered|reached|spoke/],
];

/** A done call's outcome: the outcome line, else the item's lines, in the page's wording then English. */
export function callOutcome(outcomeText: string, text: string, words: Wording, lines?: readonly string[]): Outcome {
  const fromLines = !outcomeText && lines !== undefined;
  const sources = outcomeText ? [outcomeText] : (lines ?? [text]);
  for (const source of sources) {
    const named = Object.entries(words.outcomes).find(([, list]) => list && states(source, list, fromLines))?.[0];
    if (named) return named as Outcome;
    const t = fromLines ? source.replace(/^[^:]{1,30}:\s*/, '').toLowerCase() : source.toLowerCase();
    const english = ENGLISH.find(([, re]) => (fromLines ? new RegExp(`^(?:${re.source})`) : re).test(t));
    if (english) return english[0];
  }
  return 'unknown';
}

/** A meeting marked done was held unless its subject or a line of its own says it was missed or called off. */
export function meetingOutcome(
  text: string,
  done: boolean | undefined,
  words: Wording,
  lines?: readonly string[],
): Outcome {
  const sources = lines ?? [text];
  const says = (list: readonly string[] | undefined) => sources.some((s) => states(s, list ?? [], lines !== undefined));
  if (says(words.meetingOutcomes['no-show'])) return 'no-show';
  if (says(words.meetingOutcomes.cancelled)) return 'cancelled';
  return done ? 'held' : 'unknown';
}
