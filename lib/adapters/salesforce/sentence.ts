/** Who acted and with whom, from a summary sentence. */
export interface Sentence {
  actor: string;
  counterpart?: string;
}

const VERBS =
  /^(.+?) (?:logged a call|sent an email|sent you an email|had an? (?:event|task|call)|ha(?:ve|s) an upcoming (?:event|task)|(?:have|has) an overdue task|logged an? (?:event|task|email))(?: (?:with|to|about) (.+?))?(?: via .*)?$/i;

/** "Alex Morgan logged a call with Jordan Lee" → actor and counterpart. */
export function parseSentence(summary: string): Sentence | undefined {
  const m = summary.trim().match(VERBS);
  if (!m) return undefined;
  return { actor: (m[1] as string).trim(), counterpart: m[2]?.replace(/[.]$/, '').trim() };
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
