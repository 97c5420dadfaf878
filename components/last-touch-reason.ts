import type { RecordView } from '../lib/schema/view-model';

/**
 * Why there is no last touch: none at all, none in the days Touchline keeps (the page just read
 * shows older activity, or the record dates from before the retention cutoff), or only touches
 * whose date the page showed in a form Touchline could not read. Never "no touches yet" for a
 * record whose touches may have been pruned or were read without a date.
 */
export function lastTouchReason(
  view: Pick<RecordView, 'olderNotKept' | 'lastTouchBeforeKept' | 'touches'>,
): 'no-touches' | 'older-not-kept' | 'undated-touches' {
  if ((view.touches.undated ?? 0) > 0) return 'undated-touches';
  return view.olderNotKept || view.lastTouchBeforeKept ? 'older-not-kept' : 'no-touches';
}
