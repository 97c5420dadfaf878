import { fold } from '../../locale/fold';
import { labelsOf } from './words/index';
import type { HubSpotWords } from './words/types';

/**
 * Whether a timeline text names the deal stage property ("Deal stage changed", "Phase de la
 * transaction modifiée"). Only the deal's own labels count: a bare one ("Stage", "Phase") that a
 * longer label holds also names other properties ("Lifecycle stage", "Phase du cycle de vie").
 */
export function namesDealStage(text: string, words: readonly HubSpotWords[]): boolean {
  const spaced = ` ${fold(text)} `;
  return dealStageNames(words).some((name) => spaced.includes(` ${name} `));
}

function dealStageNames(words: readonly HubSpotWords[]): string[] {
  const labels = labelsOf(words, 'dealStage').map(fold);
  return labels.filter((label) => !labels.some((other) => other !== label && other.includes(label)));
}
