import type { Deal } from '../schema/record';
import { sortedHistory } from './stage-time';

/**
 * When the deal began, where its stage history says so: its oldest stay is in the pipeline's
 * first stage (the path the page shows) and was entered at a time the page gave (exact, or to the
 * day from a shown duration). Undefined otherwise: a stay Touchline only saw begin (a first
 * sighting, the oldest row of a history shown newest rows only, a range between two visits), or
 * one in a later stage (a "Last Stage Change Date" dates the current stage alone), may follow
 * stays the history does not name. A deal moved back to its first stage with only that move
 * dated would read as new; the pages give nothing to tell it apart.
 */
export function dealBegan(deal: Pick<Deal, 'stageHistory' | 'stages'>): Date | undefined {
  const oldest = sortedHistory(deal)[0];
  const first = deal.stages?.[0];
  if (!oldest || first === undefined || oldest.stage !== first || oldest.firstSeen || oldest.after) return undefined;
  return new Date(oldest.enteredAt);
}
