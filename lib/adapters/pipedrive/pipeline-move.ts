import type { ChangeRow } from './read-timeline';
import { isWord } from './text-match';
import type { Wording } from './wording';

/**
 * When the feed's latest dated "Pipeline: A → B" row moved the deal into the pipeline it is in: the
 * stage rows before it are stays in another pipeline, whose stages may carry the same names
 * ("Angebot" in both), and metrics.md compares a deal only with deals of its own pipeline. The
 * row names the field as the sidebar labels it (`labels.pipeline`). None where the deal was in its
 * pipeline before, moved out and back.
 */
export function pipelineMovedAt(changes: readonly ChangeRow[], words: Wording): number | undefined {
  const moves = changes
    .filter((c) => c.timestamp && isWord(c.field, words.labels.pipeline))
    .map((c) => ({ ...c, at: Date.parse(c.timestamp as string) }))
    .filter((c) => !Number.isNaN(c.at))
    .sort((a, b) => a.at - b.at);
  const current = moves.at(-1)?.to;
  // A deal that left its pipeline and came back (a move undone): its stays before are this
  // pipeline's, and which of the rows between were the other's is not told apart here.
  if (current === undefined || moves.some((move) => move.from === current)) return undefined;
  return moves.at(-1)?.at;
}

/** A pipeline move the feed shows without a date that could be read: when the stages began is not known. */
export function hasUndatedPipelineMove(changes: readonly ChangeRow[], words: Wording): boolean {
  return changes.some((c) => !c.timestamp && isWord(c.field, words.labels.pipeline));
}
