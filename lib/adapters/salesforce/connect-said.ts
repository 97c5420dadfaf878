import { nameFollows } from '../name-after-word';
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
 * A connect word that reaches someone in the contact's stead ("spoke with her assistant") is none,
 * unless the gatekeeper then put the rep through ("…, who put me through to Ana"). `cased` is `text`
 * with its capitals, where a name stands out ("Spoke with Assistant Principal Ana Ortiz").
 */
export function connectSaidLast(text: string, languages: readonly CallCommentWords[], cased = text): boolean {
  return saidLast(text, cased, languages, 'contact');
}

/**
 * Whether a call's words say, after every failure worded as this call's result, that someone came
 * to the phone in the contact's stead ("Spoke with her assistant; Ana is out until Monday",
 * "Receptionist answered, took a message"): the rep reached no contact. A failure said after it
 * ("Connected with the switchboard, no answer on her extension") is how the call ended.
 */
export function gatekeeperSaidLast(text: string, languages: readonly CallCommentWords[], cased = text): boolean {
  return saidLast(text, cased, languages, 'gatekeeper');
}

/** Who a connect word says came to the phone: the contact, or someone in their stead. */
type Reached = 'contact' | 'gatekeeper';

function saidLast(text: string, cased: string, languages: readonly CallCommentWords[], who: Reached): boolean {
  // Capitals are read only where lower-casing kept every position ("İ" grows into two characters).
  const names = cased.length === text.length ? cased : text;
  const reach = Math.max(-1, ...languages.map((w) => lastReachAt(text, names, w, who)));
  return reach >= 0 && reach > Math.max(-1, ...languages.map((w) => lastResultFailureAt(text, w)));
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
 * Where the last connect word that reached `who` starts, or -1. A connect word counts when it is
 * not denied in the few words before it ("has not reached"), not put before this call ("last spoke
 * with", "connected on Oct 2"), and not reaching a machine or another channel; it reached someone
 * in the contact's stead when what it reached, or who answered, is one ("spoke with her assistant",
 * "the receptionist answered"), unless that word is the contact's job title (isTitle). Every
 * connect word of a clause counts: "Spoke with her assistant and reached Ana" reached the contact
 * last. "Reached out" is an attempt, not a connect. Words putting the rep through ("transferred
 * to Ana") count as a connect word once someone in the contact's stead was reached before them:
 * whoever they lead to is who the rep then spoke with.
 */
function lastReachAt(text: string, cased: string, w: CallCommentWords, who: Reached): number {
  let last = -1;
  let steadAt = -1;
  const reaches = clausesOf(text).flatMap((clause) =>
    [w.connect, w.putThrough].flatMap((pattern) =>
      [...clause.text.matchAll(everyMatch(pattern))].map((word) => ({
        clause,
        word,
        through: pattern === w.putThrough,
      })),
    ),
  );
  reaches.sort((a, b) => a.clause.at + (a.word.index ?? 0) - (b.clause.at + (b.word.index ?? 0)));
  for (const { clause, word, through } of reaches) {
    const at = clause.at + (word.index ?? 0);
    if (through && (steadAt < 0 || steadAt >= at)) continue;
    const before = clause.text.slice(0, word.index).trim().split(/\s+/).slice(-4).join(' ');
    const rest = clause.text.slice((word.index ?? 0) + word[0].length);
    const after = rest.trim();
    if (w.negation.test(before) || w.earlier.test(before) || w.noPerson.test(after) || w.dated.test(after)) continue;
    const reached = w.gatekeeper.reached.exec(after);
    const reachedEnd = at + word[0].length + rest.length - rest.trimStart().length + (reached?.[0].length ?? 0);
    // A put-through word ending its clause says before it whom it led to ("an die Assistentin weitergeleitet").
    const ledTo = through && !after ? clause.text.slice(0, word.index).trim() : '';
    const stead =
      (!!reached && !isTitle(reached[0], cased.slice(reachedEnd), w)) ||
      w.gatekeeper.answered.test(`${before} ${word[0]}`) ||
      (!!ledTo && w.gatekeeper.reached.test(ledTo));
    if (stead && steadAt < 0) steadAt = at;
    if ((stead ? 'gatekeeper' : 'contact') === who) last = at;
  }
  return last;
}

/**
 * Whether the gatekeeper word a connect word reached (`reached`, lower case) is the contact's own
 * job title: a name follows it in the comment as written (`next`, nameFollows), and no word says
 * whose it is ("her assistant Maria" is someone's assistant). Not in a language capitalising every
 * noun.
 */
function isTitle(reached: string, next: string, w: CallCommentWords): boolean {
  return w.gatekeeper.titleBeforeName && !w.gatekeeper.owned.test(`${reached} `) && nameFollows(next);
}

const everyMatchOf = new WeakMap<RegExp, RegExp>();

/** The pattern finding each of its matches in turn (`matchAll`). */
function everyMatch(pattern: RegExp): RegExp {
  let re = everyMatchOf.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    everyMatchOf.set(pattern, re);
  }
  return re;
}

function lastResultFailureAt(text: string, w: CallCommentWords): number {
  let last = -1;
  for (const clause of clausesOf(text)) {
    const failure = w.resultFailure.exec(clause.text);
    if (failure) last = clause.at + failure.index;
  }
  return last;
}
