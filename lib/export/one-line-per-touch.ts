import { loggedGroups } from '../db/logged-groups';
import type { DealContacts } from '../db/people-of';
import type { Activity } from '../schema/activity';

/**
 * The logged touches the CRM does not show, one per touch: touches that are one touch by duplicate
 * rule 3 (loggedGroups: the same call logged on the contact and on its deal a minute later) count
 * once on the panels, so the CRM's import file must hold one line for them too, or the CRM gets
 * the call twice. Oldest first, as loggedGroups orders them.
 */
export function oneLinePerTouch(touches: readonly Activity[], dealContacts: DealContacts): Activity[] {
  const dated = touches.filter((t): t is Activity & { timestamp: string } => t.timestamp !== undefined);
  const undated = touches.filter((t) => t.timestamp === undefined);
  return [...undated, ...loggedGroups(dated, dealContacts).map(mergedTouch)];
}

/**
 * One touch of a group (metrics.md "Duplicate": the merged touch keeps the most informative
 * fields): the earliest, with a time of day over a date alone, a known outcome over unknown, a
 * known direction, the note the user typed, and every contact and deal named, so the CRM links it
 * to the contact one copy named and the deal the other was logged on.
 */
function mergedTouch(group: readonly Activity[]): Activity {
  const first = group[0] as Activity;
  if (group.length === 1) return first;
  const timed = group.find((t) => t.timePrecision !== 'day') ?? first;
  const outcome = group.map((t) => t.outcome).find((o) => o !== undefined && o !== 'unknown') ?? first.outcome;
  const direction = group.map((t) => t.direction).find((d) => d !== 'unknown') ?? first.direction;
  const note = group.find((t) => t.note)?.note;
  const merged: Activity = {
    ...first,
    timestamp: timed.timestamp,
    direction,
    contactKeys: [...new Set(group.flatMap((t) => t.contactKeys))],
    dealKeys: [...new Set(group.flatMap((t) => t.dealKeys))],
    ...(outcome ? { outcome } : {}),
    ...(note ? { note } : {}),
  };
  if (timed.timePrecision) merged.timePrecision = timed.timePrecision;
  else delete merged.timePrecision;
  return merged;
}
