import type { RecordView } from '../lib/schema/view-model';

/**
 * Why there is no last touch: none at all, or none in the days Touchline keeps, when the page just
 * read shows older activity or the record dates from before the retention cutoff (never "no
 * touches yet" for a record whose touches may have been pruned).
 */
export function lastTouchReason(
  view: Pick<RecordView, 'olderNotKept' | 'lastTouchBeforeKept'>,
): 'no-touches' | 'older-not-kept' {
  return view.olderNotKept || view.lastTouchBeforeKept ? 'older-not-kept' : 'no-touches';
}
