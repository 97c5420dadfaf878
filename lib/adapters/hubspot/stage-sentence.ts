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
}

/**
 * The ways a timeline sentence may put the deal in a stage, or undefined when it is no stage
 * sentence the page's wording knows. "Created this deal in X" has one; "moved the deal from A to B"
 * one per place its `stageTo` word stands, since a stage's own name may hold that word (HubSpot's
 * default "Qualified to buy", "Prêt à signer", "Angebot in Prüfung"): settleSplits picks among them.
 */
export function stageSplits(text: string, words: readonly HubSpotWords[]): Split[] | undefined {
  const folded = fold(text);
  for (const w of words) {
    const entered = firstGroup(w.stageChanges, folded);
    if (entered) return [{ entered, enteredName: folded.slice(entered.start, entered.end).trim() }];
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

/** "<stage left> <to> <stage entered>" parted at each place a `to` word stands, in sentence order. */
function splitsOf(both: Span, folded: string, to: readonly string[]): Split[] {
  const splits: Split[] = [];
  for (const word of to)
    for (let i = folded.indexOf(` ${word} `, both.start); i > both.start; i = folded.indexOf(` ${word} `, i + 1)) {
      const start = i + word.length + 2;
      if (start >= both.end) break;
      splits.push({
        left: folded.slice(both.start, i).trim(),
        entered: { start, end: both.end },
        enteredName: folded.slice(start, both.end).trim(),
      });
    }
  return splits.sort((a, b) => a.entered.start - b.entered.start);
}

/**
 * The split each sentence is read by, from the page's own evidence: a sentence with one way to read
 * it settles its names; a sentence with several is read the one way whose stage entered or stage
 * left is a name the page settles (`known`: the current stage, the pipeline's path, "Date entered"
 * labels; and every settled sentence's stages). So the line after a move into "Qualified to buy",
 * leaving "Qualified to buy", settles that move, and the move before it, and so on along the chain.
 * Each round reads every sentence against the same names, so the page's order changes nothing. A
 * sentence whose ways the names back none of, or more than one of, is left unsettled (undefined):
 * its stage is reported, never guessed.
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
    let settled = false;
    sentences.forEach((splits, i) => {
      if (chosen[i]) return;
      const named = splits.filter((s) => names.has(s.enteredName) || (s.left !== undefined && names.has(s.left)));
      if (named.length !== 1) return;
      chosen[i] = named[0];
      settled = true;
    });
    if (!settled) return chosen;
  }
}
