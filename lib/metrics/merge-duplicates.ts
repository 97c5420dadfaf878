import type { Activity } from '../schema/activity';
import { isDuplicate, isLogged, sameRecord, type TouchCopy } from './duplicate-rules';
import type { Touch } from './touch';
import { type DayNumber, dayNumber } from './zoned-days';

const TWO_MINUTES_MS = 120_000;

interface Group {
  members: TouchCopy[];
}

/**
 * Merges copies of the same touch, order-independently (metrics.md "Duplicate"):
 * 1. Copies are sorted by time (then key). Page/import copies and copies logged in Touchline are
 *    grouped separately: each copy joins the group of the earliest copy it duplicates
 *    (isDuplicate). The group's earliest copy wins.
 * 2. Each group logged in Touchline then merges into the earliest page group on the same record
 *    and channel on the same day in the user's zone (or one it duplicates by rule 1 across
 *    midnight); the page's copy wins. Several logged touches on one day all merge into that page
 *    touch: once the CRM shows a touch that day, the log is taken to be in the CRM.
 * Grouping in two steps keeps two genuine page calls on one day apart even when a logged call
 * sits between them, and makes merging idempotent: the winners never duplicate each other.
 * `scopeKey` is the record being viewed (see sameRecord). Returns touches oldest first.
 */
export function mergeDuplicates(copies: readonly TouchCopy[], timeZone: string, scopeKey?: string): Touch[] {
  const sorted = uniqueByKey([...copies].sort(byTimeThenKey));
  const pageGroups = groupCopies(
    sorted.filter((c) => !isLogged(c)),
    scopeKey,
  );
  const loggedGroups = groupCopies(sorted.filter(isLogged), scopeKey);
  const unmatched = attachLogged(pageGroups, loggedGroups, timeZone, scopeKey);
  return [...pageGroups, ...unmatched].map(toTouch).sort(byTimeThenKey);
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

/** Step 2: merges logged groups into page groups; returns the logged groups no page touch took. */
function attachLogged(pageGroups: Group[], loggedGroups: Group[], timeZone: string, scopeKey?: string): Group[] {
  const bucket = (copy: TouchCopy, day: DayNumber) => `${copy.channel}|${day}`;
  const byDay = new Map<string, number[]>();
  const pageDays = pageGroups.map((group, i) => {
    const day = dayNumber(winner(group).at, timeZone);
    const key = bucket(winner(group), day);
    byDay.set(key, [...(byDay.get(key) ?? []), i]);
    return day;
  });
  return loggedGroups.filter((logged) => {
    const copy = winner(logged);
    const day = dayNumber(copy.at, timeZone);
    const candidates = [day - 1, day, day + 1].flatMap((d) => byDay.get(bucket(copy, d)) ?? []).sort((a, b) => a - b);
    const match = candidates.find((i) => {
      const page = winner(pageGroups[i] as Group);
      const sameDay = pageDays[i] === day && sameRecord(page.activity, copy.activity, scopeKey);
      return sameDay || isDuplicate(page, copy, scopeKey);
    });
    if (match === undefined) return true;
    pageGroups[match]?.members.push(...logged.members);
    return false;
  });
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
