import { exportedTouch } from '../../export/logged-subject';
import type { ActivityType, Direction } from '../../schema/activity';
import { hasWord, startsWithWord } from './text-match';
import { calledBackWords, callFromWords, durationUnitWords, missedCallWords, notCallerWords } from './wording';

/**
 * The direction of a Pipedrive activity, which shows none: the user records what they did, so
 * outbound, unless a call's wording says it came in (`inbound`, or the English words in `subject`,
 * lower case: "Incoming call …" anywhere; "Call from …" in any language ("Anruf von …", "Chiamata
 * da …", wording.ts callFrom) only as its start, since "the call from Monday" is no direction, and
 * with no word after it that names no caller ("Chiamata da fare": a call to make; "Call from +49 …"
 * is the contact's number, a caller still);
 * a missed call in any language as its start, "Missed call from Maya":
 * the contact called, the rep made no attempt, unless it says the rep called back, "Missed call –
 * called back, left VM": then it logs the rep's call). Any touch whose subject is one Touchline's
 * import file wrote for a touch that came in ("Inbound email logged in Touchline",
 * lib/export/logged-subject.ts) came in. Notes, tasks and changes have none. The CSV import reads
 * exports' subjects the same way, so a page copy and an export copy of one touch agree.
 */
export function activityDirection(type: ActivityType, subject: string, inbound?: boolean): Direction {
  if (type === 'call')
    return inbound ||
      /\b(incoming|inbound) call\b/.test(subject) ||
      opensWithCaller(subject) ||
      (startsWithWord(subject, missedCallWords) && !hasWord(subject, calledBackWords))
      ? 'inbound'
      : 'outbound';
  if (type === 'meeting' || type === 'email' || type === 'social' || type === 'sms')
    return exportedTouch(subject)?.inbound ? 'inbound' : 'outbound';
  return 'unknown';
}

/** The subject opens "call from" in some language, and no word naming no caller follows. */
function opensWithCaller(subject: string): boolean {
  const t = subject.trimStart();
  const opening = callFromWords.find((w) => startsWithWord(t, [w]));
  if (!opening) return false;
  const rest = t.slice(opening.length).trimStart();
  return !startsWithWord(rest, notCallerWords) && !opensWithLength(rest);
}

/** "30 minuti con Lena", "15 min per il rinnovo": Italian gives a call's length after "da", no caller. */
function opensWithLength(rest: string): boolean {
  const unit = rest.match(/^\d+(?:[.,]\d+)?\s*([\p{L}.]+)/u)?.[1];
  return unit !== undefined && durationUnitWords.has(unit.toLowerCase());
}
