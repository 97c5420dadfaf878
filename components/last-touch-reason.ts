import type { RecordView } from '../lib/schema/view-model';

/**
 * Why there is no last touch: none at all, or only activity older than Touchline keeps on the
 * page just read (never "no touches yet" for a record whose page shows older ones).
 */
export function lastTouchReason(view: Pick<RecordView, 'olderNotKept'>): 'no-touches' | 'older-not-kept' {
  return view.olderNotKept ? 'older-not-kept' : 'no-touches';
}
