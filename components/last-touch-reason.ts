import type { RecordView } from '../lib/schema/view-model';
import { ACTIVITIES_NOT_READ } from './page-not-read';

/**
 * Why there is no last touch: none at all, none in the days Touchline keeps (the page just read
 * shows older activity, or the record dates from before the retention cutoff), only touches
 * whose date the page showed in a form Touchline could not read, only automated touches the
 * user leaves out (listed under recent touches), or none among what was read of a timeline the
 * page showed in part (`timelinePartlyRead`: filtered, folded, not all loaded), where the touches
 * may be in the part not read. Never "no touches yet" for a record whose touches may have been
 * pruned, were read without a date, are shown apart or were not read.
 */
export function lastTouchReason(
  view: Pick<RecordView, 'olderNotKept' | 'lastTouchBeforeKept' | 'touches' | 'recent'>,
  timelinePartlyRead = false,
): 'no-touches' | 'older-not-kept' | 'undated-touches' | 'automated-not-counted' | typeof ACTIVITIES_NOT_READ {
  if ((view.touches.undated ?? 0) > 0) return 'undated-touches';
  if (!view.touches.automatedCounted && view.recent.some((touch) => touch.automated)) return 'automated-not-counted';
  // Asked before retention: "none in the days Touchline keeps" is a claim the unread part may refute.
  if (timelinePartlyRead) return ACTIVITIES_NOT_READ;
  return view.olderNotKept || view.lastTouchBeforeKept ? 'older-not-kept' : 'no-touches';
}
