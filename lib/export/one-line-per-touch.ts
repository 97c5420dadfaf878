import { loggedGroups } from '../db/logged-groups';
import type { DealContacts } from '../db/people-of';
import { mergedActivity } from '../metrics/merge-duplicates';
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
 * One touch of a group, merged as the panels merge copies (mergedActivity, metrics.md "Duplicate"):
 * a copy with a time of day first, so the line takes its time; then the earliest.
 */
function mergedTouch(group: readonly Activity[]): Activity {
  const timedFirst = [...group].sort((a, b) => Number(a.timePrecision === 'day') - Number(b.timePrecision === 'day'));
  return mergedActivity(timedFirst);
}
