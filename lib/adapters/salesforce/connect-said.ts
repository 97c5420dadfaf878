/**
 * Whether a call's words say it connected: a connect said outright after every failure worded as
 * this call's result. Comments tell what happened in order and often the history of the contact:
 * "Left a voicemail, then she called back and we connected" ended in a connect, "Call connected,
 * went to voicemail" in a voicemail, "Went to voicemail again; we last connected on Oct 2" names a
 * past connect. A failure only mentioned ("she had listened to my voicemail", "team is busy until
 * January") is no result of this call and never beats a connect. Text is lower case.
 */
export function connectSaidLast(text: string): boolean {
  const connect = lastConnectAt(text);
  return connect >= 0 && connect > lastResultFailureAt(text);
}

/** Where a clause ends: a stop, a comma, a line break or a spaced dash ("No answer - last spoke …"). */
const CLAUSE_END = /[.;!?,\n]|\s[-–—]\s/g;

const CONNECT = /\b(connected|spoke with|reached(?! out\b)|answered)\b/;

/** Words shortly before a connect word that deny it ("nobody reached", "hasn't connected yet"). */
const NEGATION =
  /\b(?:no ?one|no-one|nobody|not|never|did(?: not|n['’]?t)|has(?: not|n['’]?t)|have(?: not|n['’]?t)|could(?: not|n['’]?t)|was(?: not|n['’]?t))\b/;

/** Words shortly before a connect word that put it before this call ("we last connected", "previously spoke with"). */
const EARLIER = /\b(?:last|previously|earlier)\b/;

/** A date or time ago after a connect word in its clause: a past connect ("spoke with her in October", "connected on Oct 2"). */
const DATED =
  /\b(?:on|in|since|back in) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:last|previous) (?:week|month|year|quarter|time)\b|\b\d+ (?:days?|weeks?|months?|years?) ago\b|\byesterday\b/;

/**
 * What a connect word may reach that is no person on the phone: a machine ("reached voicemail",
 * "connected to VM", "answered by the machine"), or another channel ("connected on LinkedIn",
 * "answered my email").
 */
const NO_PERSON =
  /^(?:(?:to|on|via|by|with)\s+)?(?:(?:her|his|their|the|an?|my|our)\s+)?(?:voice ?mail|vm|(?:answering )?machine|answering service|recording|e-?mail|message|text|sms|linkedin|inmail)\b/;

/**
 * A failure worded as how this call went, not a mention: it went to or reached a voicemail, the
 * rep left one or a message, nobody answered, the line was busy, or the clause is that word alone.
 */
const RESULT_FAILURE = new RegExp(
  [
    String.raw`\b(?:went|goes|go|going|rolled|rang|sent|reached)(?: \w+)? (?:to |into )?(?:voice ?mail|vm)\b`,
    String.raw`\bleft (?:a |an |her |him |them |another )?(?:\w+ )?(?:voice ?mail|vm|message)\b`,
    String.raw`\bno[- ]answer\b|\bnot answered\b|\bunanswered\b`,
    String.raw`\b(?:no ?one|no-one|nobody|did(?: not|n['’]?t)|never)(?: \w+)? (?:answer(?:ed)?|pick(?:ed)? up)\b`,
    String.raw`\bbusy (?:signal|tone)\b|\bline (?:was |is )?busy\b`,
    String.raw`^\s*(?:voice ?mail|vm|busy)\s*$`,
  ].join('|'),
);

interface Clause {
  text: string;
  at: number;
}

function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const end of text.matchAll(CLAUSE_END)) {
    clauses.push({ text: text.slice(start, end.index), at: start });
    start = end.index + end[0].length;
  }
  clauses.push({ text: text.slice(start), at: start });
  return clauses;
}

/**
 * Where the last connect said outright starts, or -1: "connected", "spoke with", "reached",
 * "answered", not denied in the few words before it ("has not reached"), not put before this call
 * ("last spoke with", "connected on Oct 2"), and not reaching a machine or another channel.
 * "Reached out" is an attempt, not a connect.
 */
function lastConnectAt(text: string): number {
  let last = -1;
  for (const clause of clausesOf(text)) {
    const connect = CONNECT.exec(clause.text);
    if (!connect) continue;
    const before = clause.text.slice(0, connect.index).trim().split(/\s+/).slice(-4).join(' ');
    const after = clause.text.slice(connect.index + connect[0].length).trim();
    if (NEGATION.test(before) || EARLIER.test(before) || NO_PERSON.test(after) || DATED.test(after)) continue;
    last = clause.at + connect.index;
  }
  return last;
}

function lastResultFailureAt(text: string): number {
  let last = -1;
  for (const clause of clausesOf(text)) {
    const failure = RESULT_FAILURE.exec(clause.text);
    if (failure) last = clause.at + failure.index;
  }
  return last;
}
