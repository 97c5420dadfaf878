import type { Activity } from '../schema/activity';
import { isDuplicate, isLogged, type TouchCopy, TWO_MINUTES_MS } from './duplicate-rules';
import type { Touch } from './touch';

interface Group {
  members: TouchCopy[];
}

/**
 * Merges copies of the same touch, order-independently (metrics.md "Duplicate"): copies are
 * sorted by time (then key); each joins the group of the earliest copy it duplicates
 * (isDuplicate), and the group's earliest copy wins. Page/import copies and touches logged in
 * Touchline are grouped apart: a logged touch meets its page copy through `mergedInto`, which
 * the cache sets when the page later shows the same record, channel and day (and such logged
 * copies never reach here). A logged call on a day the page already had a call is a second call.
 * `scopeKey` is the record being viewed (see sameRecord). Returns touches oldest first.
 */
export function mergeDuplicates(copies: readonly TouchCopy[], scopeKey?: string): Touch[] {
  const sorted = uniqueByKey([...copies].sort(byTimeThenKey));
  const pageGroups = groupCopies(
    sorted.filter((c) => !isLogged(c)),
    scopeKey,
  );
  const loggedGroups = groupCopies(sorted.filter(isLogged), scopeKey);
  return [...pageGroups, ...loggedGroups].map(toTouch).sort(byTimeThenKey);
}

/** Each copy (in time order) joins the group of the earliest earlier copy it duplicates. */
function groupCopies(sorted: readonly TouchCopy[], scopeKey?: string): Group[] {
  const groups: Group[] = [];
  const groupIndex: number[] = [];
  const bySource = new Map<string, number[]>();
  sorted.forEach((copy, i) => {
    const sourceId = copy.activity.sourceId;
    const candidates = [...(sourceId ? (bySource.get(sourceId) ?? []) : []), ...recentIndices(sorted, i)];
    const match = candidates.sort((a, b) => a - b).find((j) => isDuplicate(sorted[j] as TouchCopy, copy, scopeKey));
    if (match === undefined) {
      groupIndex.push(groups.length);
      groups.push({ members: [copy] });
    } else {
      const index = groupIndex[match] as number;
      groupIndex.push(index);
      groups[index]?.members.push(copy);
    }
    if (sourceId) bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), i]);
  });
  return groups;
}

/** Indices of earlier copies at most 2 minutes before copy `i`. */
function recentIndices(sorted: readonly TouchCopy[], i: number): number[] {
  const at = (sorted[i] as TouchCopy).at.getTime();
  const indices: number[] = [];
  for (let j = i - 1; j >= 0 && at - (sorted[j] as TouchCopy).at.getTime() <= TWO_MINUTES_MS; j--) indices.push(j);
  return indices;
}

function winner(group: Group): TouchCopy {
  return group.members[0] as TouchCopy;
}

function toTouch(group: Group): Touch {
  const first = winner(group);
  return {
    key: first.activity.key,
    activity: first.activity,
    channel: first.channel,
    at: first.at,
    copies: group.members.map((m) => m.activity.key),
    contactKeys: [...new Set(group.members.flatMap((m) => m.activity.contactKeys))],
  };
}

/** A key is one stored activity: a second copy under the same key is the same row read twice. */
function uniqueByKey(copies: readonly TouchCopy[]): TouchCopy[] {
  const byKey = new Map<string, TouchCopy>();
  for (const copy of copies) if (!byKey.has(copy.activity.key)) byKey.set(copy.activity.key, copy);
  return [...byKey.values()];
}

function byTimeThenKey(a: { at: Date; activity: Activity }, b: { at: Date; activity: Activity }): number {
  return (
    a.at.getTime() - b.at.getTime() || (a.activity.key < b.activity.key ? -1 : a.activity.key > b.activity.key ? 1 : 0)
  );
}
