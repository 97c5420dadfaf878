import type { Outcome } from '../../schema/activity';
import { hasWord } from './text-match';
import type { Wording } from './wording';

/**
 * A done call's outcome: the outcome line (else the item's text) in the page's wording, then
 * English forms the word lists leave out ("Unanswered", "Spoke with", "Left a message").
 */
export function callOutcome(outcomeText: string, text: string, words: Wording): Outcome {
  const source = outcomeText || text;
  const named = Object.entries(words.outcomes).find(([, list]) => list && hasWord(source, list))?.[0];
  if (named) return named as Outcome;
  const t = source.toLowerCase();
  if (/no answer|not answered|unanswered|no response/.test(t)) return 'no-answer';
  if (/voicemail|left (a )?message|left vm/.test(t)) return 'voicemail';
  if (/\bbusy\b/.test(t)) return 'busy';
  if (/connected|answered|reached|spoke/.test(t)) return 'connected';
  return 'unknown';
}

/** A meeting marked done was held unless its text says it was missed or called off. */
export function meetingOutcome(text: string, done: boolean | undefined, words: Wording): Outcome {
  if (hasWord(text, words.meetingOutcomes['no-show'] ?? [])) return 'no-show';
  if (hasWord(text, words.meetingOutcomes.cancelled ?? [])) return 'cancelled';
  return done ? 'held' : 'unknown';
}
