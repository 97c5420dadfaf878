import type { ChangeRow } from './read-timeline';
import { isWord } from './text-match';
import type { Wording } from './wording';

/**
 * When the feed's latest dated "Pipeline: A → B" row moved the deal into the pipeline it is in: the
 * stage rows before it are stays in another pipeline, whose stages may carry the same names
 * ("Angebot" in both), and metrics.md compares a deal only with deals of its own pipeline. The
 * row names the field as the sidebar labels it (`labels.pipeline`).
 */
export function pipelineMovedAt(changes: readonly ChangeRow[], words: Wording): number | undefined {
  const moves = changes
    .filter((c) => c.timestamp && isWord(c.field, words.labels.pipeline))
    .map((c) => Date.parse(c.timestamp as string))
    .filter((at) => !Number.isNaN(at));
  return moves.length > 0 ? Math.max(...moves) : undefined;
}

/** A pipeline move the feed shows without a date that could be read: when the stages began is not known. */
export function hasUndatedPipelineMove(changes: readonly ChangeRow[], words: Wording): boolean {
  return changes.some((c) => !c.timestamp && isWord(c.field, words.labels.pipeline));
}
