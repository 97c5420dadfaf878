import type { Touch } from './touch';
import { dayNumber } from './zoned-days';

/**
 * Whole calendar days in the user's zone from the last touch (either direction, any period) to
 * today: 0 for a touch today, 1 for yesterday however few hours ago. Null with no dated touch.
 * `touches` are oldest first.
 */
export function daysSinceLastTouch(touches: readonly Touch[], now: Date, timeZone: string): number | null {
  const last = touches.at(-1);
  if (!last) return null;
  return Math.max(0, dayNumber(now, timeZone) - dayNumber(last.at, timeZone));
}
