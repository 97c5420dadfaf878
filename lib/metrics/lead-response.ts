import { isOutbound, type Touch } from './touch';
import { HOUR_MS } from './zoned-days';

/**
 * Hours from the contact's creation to the first outbound touch, rounded to 2 decimals, over
 * the contact's whole history (it is one event, not a per-period figure). Null when the creation
 * time is unknown, nothing outbound happened, or the first outbound touch came before the
 * record was created (the CRM record was made after the conversation started). Null too when the
 * contact was created before `keptFrom` (the retention cutoff): the first response may be one of
 * the activities retention no longer keeps.
 */
export function leadResponseHours(
  createdAt: string | undefined,
  touches: readonly Touch[],
  keptFrom?: Date,
): number | null {
  const first = touches.find(isOutbound);
  if (!createdAt || !first) return null;
  if (keptFrom && Date.parse(createdAt) < keptFrom.getTime()) return null;
  const hours = (first.at.getTime() - Date.parse(createdAt)) / HOUR_MS;
  return hours < 0 ? null : Math.round(hours * 100) / 100;
}
