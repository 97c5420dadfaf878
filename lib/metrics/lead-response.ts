import { precisionOf } from '../db/time-precision';
import { hasTimeOfDay, isOutbound, type Touch } from './touch';
import { HOUR_MS } from './zoned-days';

/**
 * Hours from the contact's creation to the first outbound touch, rounded to 2 decimals, over
 * the contact's whole history (it is one event, not a per-period figure). Null when the creation
 * time is unknown (a creation date the page shows without a time of day, stored at 00:00 in
 * `pageTimeZone`, says nothing of the hour), nothing outbound happened, the first outbound touch
 * shows no time of day (its stored 00:00 would be a guess, hours off either way), or it came before the
 * record was created (the CRM record was made after the conversation started), or is an email whose
 * sender the page did not show (emailsOfUnknownDirection). Null too when the
 * contact was created before `keptFrom` (the retention cutoff): the first response may be one of
 * the activities retention no longer keeps.
 */
export function leadResponseHours(
  createdAt: string | undefined,
  touches: readonly Touch[],
  keptFrom?: Date,
  pageTimeZone?: string,
): number | null {
  const first = touches.find(isOutbound);
  // An email whose sender the page did not show may be the lead writing in first: no first response known.
  if (first?.channel === 'email' && first.activity.direction === 'unknown') return null;
  // A first touch the page dated without a time of day has no hour to count to (metrics.md: not shown when unknown).
  // A time worked out from "3 hours ago" is off by up to the unit: no hour to count to either.
  if (!createdAt || !first || !hasTimeOfDay(first.activity) || first.activity.relativeTime) return null;
  if (pageTimeZone && precisionOf({ timestamp: createdAt }, pageTimeZone) === 'day') return null;
  if (keptFrom && Date.parse(createdAt) < keptFrom.getTime()) return null;
  const hours = (first.at.getTime() - Date.parse(createdAt)) / HOUR_MS;
  return hours < 0 ? null : Math.round(hours * 100) / 100;
}
