import type { Outcome } from '../../schema/activity';

/**
 * A meeting's status words as Sales Engagement and reps write them (guess: Salesforce's Event has
 * no outcome field of its own; an org may add one, a "Meeting Outcome" detail), by the outcome each
 * says, in the order they are tried: a status naming a no-show or a cancellation beside "held"
 * says the meeting was not held.
 */
const STATUS: readonly (readonly [Outcome, RegExp])[] = [
  ['no-show', /no[- ]show|did not attend|didn't show/g],
  ['cancelled', /\bcancel+ed\b/g],
  ['held', /\b(?:held|completed|attended)\b/g],
];

/** The outcome a meeting's status text says ("Meeting Outcome Held", a "Canceled" badge); `unknown` where none. */
export function meetingStatusIn(text: string): Outcome {
  const t = text.toLowerCase();
  return STATUS.find(([, words]) => t.search(words) >= 0)?.[0] ?? 'unknown';
}

/**
 * The outcome a label says when it is nothing but status words ("No Show", "cancelled!"); undefined
 * for a label that says anything else ("cancelled order follow-up" is a topic, not a status).
 */
export function statusOnly(label: string): Outcome | undefined {
  const said = meetingStatusIn(label);
  if (said === 'unknown') return undefined;
  const rest = STATUS.reduce((text, [, words]) => text.replace(words, ' '), label.toLowerCase());
  return /[\p{L}\p{N}]/u.test(rest) ? undefined : said;
}
