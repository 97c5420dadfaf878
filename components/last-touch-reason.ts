import type { RecordView } from '../lib/schema/view-model';

/**
 * Why there is no last touch: none at all, none in the days Touchline keeps (the page just read
 * shows older activity, or the record dates from before the retention cutoff), only touches
 * whose date the page showed in a form Touchline could not read, or only automated touches the
 * user leaves out (listed under recent touches). Never "no touches yet" for a record whose
 * touches may have been pruned, were read without a date or are shown apart.
 */
export function lastTouchReason(
  view: Pick<RecordView, 'olderNotKept' | 'lastTouchBeforeKept' | 'touches' | 'recent'>,
): 'no-touches' | 'older-not-kept' | 'undated-touches' | 'automated-not-counted' {
  if ((view.touches.undated ?? 0) > 0) return 'undated-touches';
  if (!view.touches.automatedCounted && view.recent.some((touch) => touch.automated)) return 'automated-not-counted';
  return view.olderNotKept || view.lastTouchBeforeKept ? 'older-not-kept' : 'no-touches';
}
