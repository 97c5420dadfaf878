import type { CallCommentWords } from './words/types';

/**
 * Whether a call's words say it connected: a connect said outright after every failure worded as
 * this call's result. Comments tell what happened in order and often the history of the contact:
 * "Left a voicemail, then she called back and we connected" ended in a connect, "Call connected,
 * went to voicemail" in a voicemail, "Went to voicemail again; we last connected on Oct 2" names a
 * past connect. A failure only mentioned ("she had listened to my voicemail", "team is busy until
 * January") is no result of this call and never beats a connect. Text is lower case, without
 * accents; `languages` are the page's languages' wordings (words/*.ts `callComments`), read as one
 * list: a rep on a German page may write English, so the last connect and the last failure are
 * each the last in any of them, and the later one decides. A connect's own context (its denial, a
 * past date, a machine) is read in its own language: a German participle's machine before it
 * ("Mailbox erreicht") is no denial of an English connect ("Left a voicemail then we connected").
 */
export function connectSaidLast(text: string, languages: readonly CallCommentWords[]): boolean {
  const connect = Math.max(-1, ...languages.map((w) => lastConnectAt(text, w)));
  return connect >= 0 && connect > Math.max(-1, ...languages.map((w) => lastResultFailureAt(text, w)));
}

/** Where a clause ends: a stop, a comma, a line break or a spaced dash ("No answer - last spoke …"). */
const CLAUSE_END = /[.;!?,\n]|\s[-–—]\s/g;

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
 * Where the last connect said outright starts, or -1: a connect word ("connected", "spoke with"),
 * not denied in the few words before it ("has not reached"), not put before this call ("last spoke
 * with", "connected on Oct 2"), and not reaching a machine or another channel. "Reached out" is an
 * attempt, not a connect.
 */
function lastConnectAt(text: string, w: CallCommentWords): number {
  let last = -1;
  for (const clause of clausesOf(text)) {
    const connect = w.connect.exec(clause.text);
    if (!connect) continue;
    const before = clause.text.slice(0, connect.index).trim().split(/\s+/).slice(-4).join(' ');
    const after = clause.text.slice(connect.index + connect[0].length).trim();
    if (w.negation.test(before) || w.earlier.test(before) || w.noPerson.test(after) || w.dated.test(after)) continue;
    last = clause.at + connect.index;
  }
  return last;
}

function lastResultFailureAt(text: string, w: CallCommentWords): number {
  let last = -1;
  for (const clause of clausesOf(text)) {
    const failure = w.resultFailure.exec(clause.text);
    if (failure) last = clause.at + failure.index;
  }
  return last;
}
