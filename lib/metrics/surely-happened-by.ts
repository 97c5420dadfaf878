import type { Touch } from './touch';

/**
 * By when a touch had surely happened: its instant, or for one the page dated only by day that
 * day's end, as NotRead.olderThan bounds the items a feed loaded. The panel's `lastTouchBy` and
 * the team page's read-in-part caveats compare the last touch so (lastTouchWithinLoaded).
 */
export function surelyHappenedBy(touch: Touch): Date {
  return touch.dayEnd ?? touch.at;
}
