import { exportedTouch } from '../../export/logged-subject';
import type { ActivityType, Direction } from '../../schema/activity';
import { setApart } from './set-apart';
import { hasWord, startsWithWord } from './text-match';
import {
  calledBackWords,
  callFromWords,
  cameInWords,
  durationUnitWords,
  missedCallWords,
  notCallerWords,
} from './wording';

/**
 * The direction of a Pipedrive activity, which shows none: the user records what they did, so
 * outbound, unless a call's wording says it came in (`inbound`, or the English words in `subject`,
 * lower case: "Incoming call …" opening it or a part set apart, "Callback – incoming call from
 * Maya", never further into it, "Call Ana back about yesterday's incoming call"; "Call from …" in any language ("Anruf von …", "Chiamata
 * da …", wording.ts callFrom) only as its start, since "the call from Monday" is no direction, and
 * with no word after it that names no caller ("Chiamata da fare": a call to make; "Call from +49 …"
 * is the contact's number, a caller still);
 * a missed call in any language as its start, "Missed call from Maya":
 * the contact called, the rep made no attempt, unless it says the rep called back, "Missed call –
 * called back, left VM": then it logs the rep's call). A logged message (email, SMS, social) came in
 * where its subject says so at its start or after the channel's name ("Inbound SMS", "Correo
 * recibido de Ana": saysCameIn). Any touch whose subject is one Touchline's
 * import file wrote for a touch that came in ("Inbound email logged in Touchline",
 * lib/export/logged-subject.ts) came in. Notes, tasks and changes have none. The CSV import reads
 * exports' subjects the same way, so a page copy and an export copy of one touch agree.
 */
export function activityDirection(type: ActivityType, subject: string, inbound?: boolean): Direction {
  if (type === 'call')
    return inbound ||
      setApart(subject).some((part) => /^(incoming|inbound) call\b/.test(part)) ||
      opensWithCaller(subject) ||
      (startsWithWord(subject, missedCallWords) && !hasWord(subject, calledBackWords))
      ? 'inbound'
      : 'outbound';
  if (type === 'email' || type === 'social' || type === 'sms')
    return exportedTouch(subject)?.inbound || saysCameIn(subject) ? 'inbound' : 'outbound';
  if (type === 'meeting') return exportedTouch(subject)?.inbound ? 'inbound' : 'outbound';
  return 'unknown';
}

/**
 * A logged message's subject says it came in, opening it or a part set apart, or right after the
 * channel's name ("Inbound SMS", "Correo recibido de Ana", "E-mail reçu", wording.ts cameIn), in any
 * language: the rep logged the person's message. Not after a label ("Fwd: inbound email", "Re:
 * incoming request"): the rep forwarded or answered it.
 */
function saysCameIn(subject: string): boolean {
  return setApart(subject).some(
    (part) => startsWithWord(part, cameInWords) || startsWithWord(part.replace(/^[^\s:]+\s+/, ''), cameInWords),
  );
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
