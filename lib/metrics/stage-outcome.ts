import type { Deal } from '../schema/record';
import { CLOSED_STAGE_WORDS } from './closed-stage-words';

export type Outcome = NonNullable<Deal['closed']>;

const languages = Object.values(CLOSED_STAGE_WORDS);
const OUTCOME_WORDS = new Map<string, Outcome>([
  ...languages.flatMap((words) => words.won.map((word): [string, Outcome] => [word, 'won'])),
  ...languages.flatMap((words) => words.lost.map((word): [string, Outcome] => [word, 'lost'])),
]);
const FRAME_WORDS = new Set(languages.flatMap((words) => [...words.closed, ...words.joiners]));

/**
 * The outcome a stage's name stands for ("Closed Lost", "Gagné", "Chiuso vinto" …), undefined for
 * an open stage. Kept apart from the deal-level rules (closed-stage.ts) so that the page readers,
 * which run in the CRM page, set their closed marker with these words without carrying the metrics.
 */
export function stageOutcome(stage: string): Outcome | undefined {
  const words = stage
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\P{L}+/u)
    .filter((word) => word !== '' && !FRAME_WORDS.has(word));
  return words.length === 1 ? OUTCOME_WORDS.get(words[0] as string) : undefined;
}
