import { TWO_MINUTES_MS } from '../metrics/duplicate-rules';
import type { Activity } from '../schema/activity';
import type { DealContacts } from './people-of';
import { sameTouch } from './same-touch';

/**
 * Logged touches that are one touch (metrics.md "Duplicate" rule 3: a double click on "call" 1.5 s
 * apart, say), as the metrics merge them: sorted by time (then key), each joins the group of the
 * earliest touch it duplicates. Each group is oldest first; groups in the order of their first.
 */
export function loggedGroups<T extends Activity & { timestamp: string }>(
  touches: readonly T[],
  dealContacts: DealContacts,
): T[][] {
  const sorted = [...touches].sort(
    (a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp) || a.key.localeCompare(b.key),
  );
  const groupOf = new Map<string, T[]>();
  const groups: T[][] = [];
  for (const [i, touch] of sorted.entries()) {
    const earliest = withinTwoMinutesBefore(sorted, i).find((other) => sameTouch(other, touch, dealContacts));
    const group = earliest ? (groupOf.get(earliest.key) as T[]) : [];
    if (!earliest) groups.push(group);
    group.push(touch);
    groupOf.set(touch.key, group);
  }
  return groups;
}

/** The touches before `sorted[i]` by at most 2 minutes, earliest first (logged touches all have a time). */
function withinTwoMinutesBefore<T extends { timestamp: string }>(sorted: readonly T[], i: number): T[] {
  const at = Date.parse((sorted[i] as T).timestamp);
  let from = i;
  while (from > 0 && at - Date.parse((sorted[from - 1] as T).timestamp) <= TWO_MINUTES_MS) from--;
  return sorted.slice(from, i);
}
