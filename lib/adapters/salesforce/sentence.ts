import { oneNamed } from './others-tail';
import { shapedSentence } from './sentence-shapes';
import type { SalesforceWords } from './words';

/** Who acted and with whom, from a summary sentence. */
export interface Sentence {
  actor: string;
  counterpart?: string;
}

const VERBS =
  /^(.+?) (?:logged a call|sent an email|sent you an email|had an? (?:event|task|call)|ha(?:ve|s) an upcoming (?:event|task)|(?:have|has) an overdue task|logged an? (?:event|task|email))(?: (?:with|to) (.+?))?(?: via .*)?$/i;

/**
 * "Alex Morgan logged a call with Jordan Lee" → actor and counterpart: English by its pattern,
 * other languages by the shapes of the page's word tables. `said` is the sentence with the record
 * it is about cut off (splitRelatedRecord: "… to Sam Rivera about Globex Renewal" gives Sam Rivera,
 * no one called "Sam Rivera about …"). A counterpart named with others ("You and 2 others") is the
 * one person named, so "You" is still the viewer and a rep still a rep.
 */
export function parseSentence(said: string, words: readonly SalesforceWords[] = []): Sentence | undefined {
  const m = said.match(VERBS);
  const sentence = m
    ? { actor: (m[1] as string).trim(), counterpart: m[2]?.replace(/[.]$/, '').trim() }
    : shapedSentence(said, words);
  if (!sentence?.counterpart) return sentence;
  return { ...sentence, counterpart: oneNamed(sentence.counterpart, words) };
}

/**
 * The actor of a sentence in any table's language: the words before its first finite verb
 * ("Jamie Patel hatte eine Aufgabe mit …" → "Jamie Patel"). Undefined when no verb is found.
 */
export function actorOf(summary: string, verbs: readonly string[]): string | undefined {
  const words = summary.trim().split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && verbs.some((v) => v.toLowerCase() === w.toLowerCase()));
  return at > 0 ? words.slice(0, at).join(' ') : undefined;
}

/** Two spellings of one person, titles aside ("Ms. Priya Shah", "Priya Shah"). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^(mr|mrs|ms|dr|prof)\.? /, '')
      .trim();
  return norm(a) === norm(b);
}
