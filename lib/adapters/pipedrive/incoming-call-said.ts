import { setApart } from './set-apart';
import { hasWord, wordsAround } from './text-match';
import { earlierCallWords } from './wording';

/**
 * A call's subject says the call itself came in: an incoming-call word of the list anywhere in it,
 * after an adjective or a label too ("Missed incoming call", "Short inbound call about invoice",
 * "Urgent: incoming call from Ana", "Callback – incoming call from Maya"), unless a word before it
 * in its part points back to an earlier call ("Call Ana back about yesterday's incoming call",
 * "Devolver la llamada entrante de ayer", wording.ts earlierCall): then the call is the rep's.
 * Every language's pointing words count, so the page reader and the CSV import agree.
 */
export function saysIncomingCall(subject: string, incoming: readonly string[]): boolean {
  return setApart(subject).some((part) =>
    wordsAround(part, incoming).some(({ before }) => !hasWord(before, earlierCallWords)),
  );
}
