import type { DealView } from '../schema/view-model';
import { rowsNotKnown } from './rows-not-known';

/**
 * How many stage conversion rows, from the top, are not known when the viewed deal's stage history
 * was read in part (its timeline left with "Load more", a list showing only its newest rows): the
 * deal may have entered, and moved on from, any stage placed before the one its known history
 * begins in (deals move forward), or any stage at all when that one has no row, as for imported
 * deals whose history may begin late (rowsNotKnown). Those rows' counts are of what is known:
 * neither their share nor whether any deal entered them is.
 */
export function rowsBeforeHistory(view: Pick<DealView, 'conversion' | 'stageTimeline' | 'stage'>): number {
  const first = view.stageTimeline[0]?.stage ?? view.stage;
  if (first === undefined) return view.conversion.length;
  const position = new Map(view.conversion.map((row, i) => [row.stage, i]));
  return rowsNotKnown(position, view.conversion.length, [first]);
}
