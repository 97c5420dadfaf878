import { fold } from '../../locale/fold';
import type { HubSpotWords } from './words/types';

/** Where a stage's name lies in a sentence; folding keeps positions, so it is cut from the page's text. */
export interface Span {
  start: number;
  end: number;
}

/** One way to read a stage sentence: the stage left (folded; none in "created this deal in X"), the stage entered. */
export interface Split {
  left?: string;
  entered: Span;
  /** The stage entered, folded. */
  enteredName: string;
  /**
   * Where no name the page knows settles the sentence, this is the end its stage is read to: the
   * sentence's end less a final parenthesised pipeline ("Contract sent (Sales Pipeline)"). None
   * where a "." followed by more text may end the sentence or sit inside the name ("Sr. Mgmt").
   */
  plain: boolean;
}

/**
 * The ways a timeline sentence may put the deal in a stage, or undefined when it is no stage
 * sentence the page's wording knows. "Created this deal in X" has one place its stage starts;
 * "moved the deal from A to B" one per place its `stageTo` word stands, since a stage's own name
 * may hold that word (HubSpot's default "Qualified to buy", "Prêt à signer", "Angebot in Prüfung").
 * Each start has one way per place the stage may end (stageEnds). settleSplits picks among them.
 */
export function stageSplits(text: string, words: readonly HubSpotWords[]): Split[] | undefined {
  const folded = fold(text);
  for (const w of words) {
    const entered = firstGroup(w.stageChanges, folded);
    if (entered) return stageEnds(folded, entered);
    const both = firstGroup(w.stageMoves, folded);
    const splits = both ? splitsOf(both, folded, w.stageTo) : [];
    if (splits.length > 0) return splits;
  }
  return undefined;
}

function firstGroup(patterns: readonly RegExp[], folded: string): Span | undefined {
  for (const pattern of patterns) {
    const m = pattern.exec(folded);
    if (m?.[1] === undefined) continue;
    const start = m.index + m[0].indexOf(m[1]);
    return { start, end: start + m[1].length };
  }
  return undefined;
}

/**
 * "<stage left> <to> <stage entered>" parted at each place a `to` word stands outside parentheses
 * (a pipeline's own name may hold one), in sentence order, each with every end of the stage entered.
 */
function splitsOf(both: Span, folded: string, to: readonly string[]): Split[] {
  const splits: Split[] = [];
  for (const word of to)
    for (let i = folded.indexOf(` ${word} `, both.start); i > both.start; i = folded.indexOf(` ${word} `, i + 1)) {
      const start = i + word.length + 2;
      if (start >= both.end) break;
      if (insideParentheses(folded.slice(both.start, i))) continue;
      const left = folded.slice(both.start, i).trim();
      for (const end of stageEnds(folded, { start, end: both.end })) splits.push({ left, ...end });
    }
  return splits.sort((a, b) => a.entered.start - b.entered.start || a.entered.end - b.entered.end);
}

function insideParentheses(before: string): boolean {
  return before.split('(').length > before.split(')').length;
}

/**
 * Every place a stage starting at `span.start` may end: the sentence's end (a final "." is the
 * sentence's), before each " (" (a pipeline's name, or a part of the stage's own: "Negotiation
 * (legal)"), and at each "." followed by more text (a sentence's end, or an abbreviation inside the
 * name: "Sr. Mgmt approval"). A "." followed by no space ("Stage 2.5", "Offre v2.1") never ends it.
 */
function stageEnds(folded: string, span: Span): Omit<Split, 'left'>[] {
  const whole = folded.slice(0, span.end).replace(/\s*\.?\s*$/, '').length;
  const ends = new Set([whole]);
  let sentenceEnds = false;
  for (let i = span.start + 1; i < whole; i++) {
    if (folded.startsWith(' (', i)) ends.add(i);
    if (folded[i] === '.' && /\s/.test(folded[i + 1] ?? '')) {
      ends.add(i);
      sentenceEnds = true;
    }
  }
  const plain = sentenceEnds ? undefined : withoutFinalParentheses(folded, span.start, whole);
  return [...ends]
    .sort((a, b) => a - b)
    .map((end) => ({
      entered: { start: span.start, end },
      enteredName: folded.slice(span.start, end).trim(),
      plain: end === plain,
    }))
    .filter((split) => split.enteredName);
}

/** Where the stage ends without a last parenthesised group that runs to its end: "x (sales pipeline)". */
function withoutFinalParentheses(folded: string, start: number, end: number): number {
  const open = folded.lastIndexOf(' (', end);
  return open > start && folded[end - 1] === ')' && !/[()]/.test(folded.slice(open + 2, end - 1)) ? open : end;
}

/**
 * The split each sentence is read by, from the page's own evidence: a sentence with one way to read
 * it settles its names; a sentence with several is read at the one start whose stage entered or
 * stage left is a name the page settles (`known`: the current stage, the pipeline's path, "Date
 * entered" labels; and every settled sentence's stages), to the end where its stage entered is the
 * longest such name, else to its plain end. So the line after a move into "Qualified to buy",
 * leaving "Qualified to buy", settles that move, and the move before it, and so on along the chain.
 * Each round reads every sentence against the same names, so the page's order changes nothing.
 * Once no round settles more, a sentence with one start is read to its plain end, and the rounds go
 * on. A sentence whose ways the names back none of, or more than one start of, is left unsettled
 * (undefined): its stage is reported, never guessed.
 */
export function settleSplits(
  sentences: readonly (readonly Split[])[],
  known: ReadonlySet<string>,
): (Split | undefined)[] {
  const chosen = sentences.map((splits) => (splits.length === 1 ? splits[0] : undefined));
  for (;;) {
    const names = new Set(known);
    for (const split of chosen) {
      if (!split) continue;
      names.add(split.enteredName);
      if (split.left) names.add(split.left);
    }
    const byNames = sentences.map((splits, i) => chosen[i] ?? named(splits, names));
    const settled = byNames.some((split, i) => split !== chosen[i]);
    const next = settled ? byNames : sentences.map((splits, i) => chosen[i] ?? plainOfOneStart(splits));
    if (next.every((split, i) => split === chosen[i])) return chosen;
    next.forEach((split, i) => {
      chosen[i] = split;
    });
  }
}

function named(splits: readonly Split[], names: ReadonlySet<string>): Split | undefined {
  const starts = new Set(
    splits
      .filter((s) => names.has(s.enteredName) || (s.left !== undefined && names.has(s.left)))
      .map((s) => s.entered.start),
  );
  if (starts.size !== 1) return undefined;
  const [start] = starts;
  const at = splits.filter((s) => s.entered.start === start);
  const entered = at.filter((s) => names.has(s.enteredName));
  return entered.length > 0 ? entered[entered.length - 1] : at.find((s) => s.plain);
}

function plainOfOneStart(splits: readonly Split[]): Split | undefined {
  const starts = new Set(splits.map((s) => s.entered.start));
  return starts.size === 1 ? splits.find((s) => s.plain) : undefined;
}
