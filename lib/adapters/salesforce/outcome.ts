import type { ActivityType, Outcome } from '../../schema/activity';

/**
 * A call's or meeting's outcome: its "Call Result" detail where that says one, else the words of
 * the whole item (subject, comments). Comments are free text that may name another outcome in
 * passing ("she had listened to my voicemail"), so the result field comes first.
 */
export function outcomeOf(type: ActivityType, text: string, result?: string): Outcome | undefined {
  const stated = result ? outcomeIn(type, result) : undefined;
  return stated && stated !== 'unknown' ? stated : outcomeIn(type, text);
}

/** Call result / meeting status words as Sales Engagement and reps write them (guess). */
function outcomeIn(type: ActivityType, text: string): Outcome | undefined {
  const t = text.toLowerCase();
  if (type === 'call') {
    if (/voice ?mail|\bleft (a )?(vm|message)\b/.test(t)) return 'voicemail';
    if (/no[- ]answer|not answered|unanswered|no response/.test(t)) return 'no-answer';
    if (/\bbusy\b/.test(t)) return 'busy';
    if (/\bnot (connected|reached)\b|\bdid(?: not|n['’]?t) connect\b|\bcould(?: not|n['’]?t) reach\b/.test(t))
      return 'no-answer';
    if (NOBODY_ANSWERED.test(t)) return 'no-answer';
    return saysConnected(t) ? 'connected' : 'unknown';
  }
  if (type === 'meeting') {
    if (/no[- ]show|did not attend|didn't show/.test(t)) return 'no-show';
    if (/\bcancel+ed\b/.test(t)) return 'cancelled';
    if (/\b(held|completed|attended)\b/.test(t)) return 'held';
    return 'unknown';
  }
  return undefined;
}

/** "Nobody answered", "no one picked up", "she didn't answer": the text says outright no one came to the phone. */
const NOBODY_ANSWERED =
  /\b(?:no ?one|no-one|nobody|did(?: not|n['’]?t)|has(?: not|n['’]?t)|never)(?: \w+)? (?:answer(?:ed)?|pick(?:ed)? up)\b/;

/** Words shortly before a connect word that deny it ("nobody reached", "hasn't connected yet"). */
const NEGATION =
  /\b(?:no ?one|no-one|nobody|not|never|did(?: not|n['’]?t)|has(?: not|n['’]?t)|have(?: not|n['’]?t)|could(?: not|n['’]?t)|was(?: not|n['’]?t))\b/;

/**
 * A connect said outright: "connected", "spoke with", "reached", "answered", with no denial in the
 * few words before it in its clause. "Reached out" is an attempt, not a connect.
 */
function saysConnected(text: string): boolean {
  return text.split(/[.;!?,\n]/).some((clause) => {
    const connect = /\b(connected|spoke with|reached(?! out\b)|answered)\b/.exec(clause);
    const before = clause.slice(0, connect?.index).trim().split(/\s+/).slice(-4).join(' ');
    return !!connect && !NEGATION.test(before);
  });
}
