import type { Deal } from '../schema/record';
import { CLOSED_STAGE_WORDS } from './closed-stage-words';

export type Outcome = NonNullable<Deal['closed']>;

const languages = Object.values(CLOSED_STAGE_WORDS);
const OUTCOME_WORDS = new Map<string, Outcome>([
  ...languages.flatMap((words) => words.won.map((word): [string, Outcome] => [word, 'won'])),
  ...languages.flatMap((words) => words.lost.map((word): [string, Outcome] => [word, 'lost'])),
]);
const CLOSED_WORDS = new Set(languages.flatMap((words) => words.closed));
const FRAME_WORDS = new Set(languages.flatMap((words) => [...words.closed, ...words.joiners]));

/** Where a portal's qualifier starts after a closed stage's name: " - ", " – ", ": ", " (", "（". */
const QUALIFIER = /\s*(?:[-–—:]\s|[(（])/;

/**
 * The outcome a stage's name stands for ("Closed Lost", "Gagné", "Chiuso vinto", "成約" …),
 * undefined for an open stage. A portal may add a qualifier after the name ("Closed won (Sales
 * Pipeline)", "Closed Lost - No budget", "Closed lost: went elsewhere"): the name before it is read
 * too. Kept apart from the deal-level rules (closed-stage.ts) so that the page readers, which run
 * in the CRM page, set their closed marker with these words without carrying the metrics.
 */
export function stageOutcome(stage: string): Outcome | undefined {
  return outcomeOfName(stage) ?? outcomeOfName(stage.split(QUALIFIER)[0] ?? '');
}

/** A name of "closed" words alone ("Closed", "Geschlossen", "完了"): a path's placeholder for the closed stages. */
export function namesClosedOnly(stage: string): boolean {
  const words = wordsOf(stage);
  return words.length > 0 && words.every((word) => CLOSED_WORDS.has(word));
}

/**
 * Whether stage names in the page's language (`lang`: "ja", "pt-BR") can be read as closed or
 * open: only where CLOSED_STAGE_WORDS has the language's words.
 */
export function readsClosedStagesIn(lang: string): boolean {
  return Object.hasOwn(CLOSED_STAGE_WORDS, lang.split('-')[0]?.toLowerCase() ?? '');
}

/** A name that is one outcome word, with "closed" words and joiners around it. */
function outcomeOfName(name: string): Outcome | undefined {
  const words = wordsOf(name).filter((word) => !FRAME_WORDS.has(word));
  return words.length === 1 ? OUTCOME_WORDS.get(words[0] as string) : undefined;
}

/** The name's words as the tables write them: lower case, without accents. */
function wordsOf(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\P{L}+/u)
    .filter((word) => word !== '');
}
