import { COUNTED_TIME_DRIFT_MS } from '../db/time-precision';
import type { Activity } from '../schema/activity';
import {
  comparedAtCount,
  daysMetOn,
  fileOrdinalOf,
  fileRowKey,
  isDuplicate,
  isLogged,
  isTaskCopyOf,
  listedApart,
  type MergeScope,
  ownersAgree,
  printedDayOf,
  type TouchCopy,
  TWO_MINUTES_MS,
} from './duplicate-rules';
import { hasTimeOfDay, type Touch } from './touch';

/**
 * Merges copies of the same touch, order-independently (metrics.md "Duplicate"): copies are
 * sorted by time (then key) and each joins the group of the earliest copy it duplicates
 * (isDuplicate). Copies with a time of day are grouped first; a date-only copy then joins one
 * group only, preferring a same-day copy with a time of day (decisions.md: a date-only reading
 * merges into the one same-day row), so two timed calls of that day are never joined through it,
 * or, failing one, a count from another day that reaches its day (daysMetOn); likewise a copy
 * whose time was worked out from a count joins no group through which two touches would become
 * one (timesAgree), and no copy joins a group holding a row the CRM listed apart from it
 * (listedApart: three dials of one day in one export are three touches, a page copy of the call
 * joins the first). A merged touch takes a time the page showed over a counted one.
 * Page/import copies and touches logged in Touchline are grouped apart: a logged touch meets its
 * page copy through `mergedInto`, which the cache sets (and such logged copies never reach here).
 * The merged touch keeps the most informative fields of its copies (see mergedActivity).
 * A completed task counted as a touch that is a copy of another touch is listed among its copies (touchesOf).
 * `scope` gives the record being viewed (see sameRecord) and the user's zone. Oldest first.
 */
export function mergeDuplicates(copies: readonly TouchCopy[], scope: MergeScope): Touch[] {
  const sorted = uniqueByKey([...copies].sort(byTimeThenKey));
  const groups = [
    ...groupCopies(
      sorted.filter((c) => !isLogged(c)),
      scope,
    ),
    ...groupCopies(sorted.filter(isLogged), scope),
  ];
  return touchesOf(groups, scope).sort(byTimeThenKey);
}

/**
 * The groups as touches, a group of completed tasks that is a copy of another touch (isTaskCopyOf:
 * a call, email, meeting, social or SMS with the same person within 2 minutes) listed among that
 * touch's copies instead of counted: the touch keeps its channel, outcome and fields, and names
 * the contacts and deals the task names too. The tasks join the touch one of their copies is
 * nearest in time to (the earlier of two as near); a task copying no touch stays a touch. Tasks
 * are counted only when the user counts completed tasks (collectTouches drops them otherwise).
 */
function touchesOf(groups: readonly TouchCopy[][], scope: MergeScope): Touch[] {
  const tasks = groups.filter(isTaskGroup);
  if (tasks.length === 0) return groups.map(toTouch);
  const others = groups.filter((group) => !isTaskGroup(group));
  const timed = others
    .flatMap((group) => group.filter((copy) => hasTimeOfDay(copy.activity)).map((copy) => ({ copy, group })))
    .sort((a, b) => a.copy.at.getTime() - b.copy.at.getTime());
  const folded = new Map<TouchCopy[], TouchCopy[]>();
  const kept: TouchCopy[][] = [];
  for (const task of tasks) {
    // One task records one touch: a second task beside the same call is other work.
    const into = copiedTouch(
      task,
      timed.filter(({ group }) => !folded.has(group)),
      scope,
    );
    if (into) folded.set(into, task);
    else kept.push(task);
  }
  return [...others.map((group) => withTaskCopies(toTouch(group), folded.get(group))), ...kept.map(toTouch)];
}

function isTaskGroup(group: readonly TouchCopy[]): boolean {
  return group.every((copy) => copy.channel === 'task');
}

/** The group of the timed copy (in time order) nearest to a copy of `task` that it is a copy of. */
function copiedTouch(
  task: readonly TouchCopy[],
  timed: readonly { copy: TouchCopy; group: TouchCopy[] }[],
  scope: MergeScope,
): TouchCopy[] | undefined {
  let best: { group: TouchCopy[]; apart: number } | undefined;
  for (const copy of task) {
    const t = copy.at.getTime();
    for (let i = firstFrom(timed, t - TWO_MINUTES_MS); i < timed.length; i++) {
      const other = timed[i] as { copy: TouchCopy; group: TouchCopy[] };
      const apart = Math.abs(other.copy.at.getTime() - t);
      if (other.copy.at.getTime() > t + TWO_MINUTES_MS) break;
      if ((!best || apart < best.apart) && isTaskCopyOf(copy, other.copy, scope)) best = { group: other.group, apart };
    }
  }
  return best?.group;
}

/** The index of the first entry at or after `time` (`timed` is in time order). */
function firstFrom(timed: readonly { copy: TouchCopy }[], time: number): number {
  let low = 0;
  let high = timed.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((timed[mid] as { copy: TouchCopy }).copy.at.getTime() < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

function withTaskCopies(touch: Touch, tasks: readonly TouchCopy[] | undefined): Touch {
  if (!tasks) return touch;
  const contactKeys = [...new Set([...touch.contactKeys, ...tasks.flatMap((t) => t.activity.contactKeys)])];
  const dealKeys = [...new Set([...touch.activity.dealKeys, ...tasks.flatMap((t) => t.activity.dealKeys)])];
  return {
    ...touch,
    activity: { ...touch.activity, contactKeys, dealKeys },
    copies: [...touch.copies, ...tasks.map((t) => t.activity.key)],
    contactKeys,
  };
}

function groupCopies(sorted: readonly TouchCopy[], scope: MergeScope): TouchCopy[][] {
  if (sorted.length === 0) return [];
  const groupOf = new Map<TouchCopy, TouchCopy[]>();
  const groups: TouchCopy[][] = [];
  const order = new Map(sorted.map((copy, i) => [copy, i]));
  const bySource = new Map<string, TouchCopy[]>();
  const byDay = new Map<number, TouchCopy[]>();
  // Counted copies by the other days their count reaches (daysMetOn).
  const byReach = new Map<number, TouchCopy[]>();
  const timed: TouchCopy[] = [];
  const counted: TouchCopy[] = [];
  // Only date-only copies look copies up by day: without any, no copy's day is worked out (a time-zone conversion each).
  const anyDateOnly = sorted.some((c) => !hasTimeOfDay(c.activity));
  const keys = new Set(sorted.map((c) => c.activity.key));
  // `withEach`: the copy joins only a group each copy of which it duplicates.
  const matchIn = (copy: TouchCopy, candidates: readonly TouchCopy[], withEach = false) =>
    candidates.length === 0
      ? undefined
      : candidates
          .filter((c) => {
            const group = groupOf.get(c) as TouchCopy[];
            return (
              isDuplicate(c, copy, scope) &&
              !group.some((member) => listedApart(member.activity, copy.activity)) &&
              samePeople(group, copy) &&
              directionsAgree(group, copy) &&
              noOtherSource(group, copy, scope) &&
              timesAgree(group, copy, scope) &&
              (!withEach || group.every((member) => isDuplicate(member, copy, scope)))
            );
          })
          .sort(preferred(order))
          .find(inGroupLeft(groupOf, absentBefore(copy, keys)));
  const join = (copy: TouchCopy, match: TouchCopy | undefined) => {
    const group = match ? (groupOf.get(match) as TouchCopy[]) : [];
    if (!match) groups.push(group);
    group.push(copy);
    groupOf.set(copy, group);
    addTo(bySource, copy.activity.sourceId, copy);
    if (!anyDateOnly) return;
    const [day, ...reached] = daysMetOn(copy, scope);
    addTo(byDay, day, copy);
    for (const other of reached) addTo(byReach, other, copy);
  };
  const place = (copy: TouchCopy, candidates: TouchCopy[]) => join(copy, matchIn(copy, candidates));
  for (const copy of sorted.filter((c) => hasTimeOfDay(c.activity))) {
    // A counted time may be the same touch as any timed copy up to the count's drift before it; a
    // shown time, as a counted copy that far before it, or any copy 2 minutes before.
    const near = copy.activity.relativeTime
      ? timedBefore(timed, copy, COUNTED_TIME_DRIFT_MS)
      : [...timedBefore(timed, copy, TWO_MINUTES_MS), ...timedBefore(counted, copy, COUNTED_TIME_DRIFT_MS)];
    place(copy, [...sameSource(bySource, copy), ...near]);
    timed.push(copy);
    if (copy.activity.relativeTime) counted.push(copy);
  }
  // A date-only copy meets a count from the day before or after only where no copy of its own day
  // is its touch (as the save step's sameDayRow), so after the others have their groups, and only
  // a group no copy of which puts the touch on another day (a time shown, a date printed).
  const reaching: TouchCopy[] = [];
  const onItsDay = (copy: TouchCopy) =>
    matchIn(copy, [...sameSource(bySource, copy), ...(byDay.get(printedDayOf(copy, scope)) ?? [])]);
  for (const copy of sorted.filter((c) => !hasTimeOfDay(c.activity))) {
    const match = onItsDay(copy);
    if (!match && byReach.has(printedDayOf(copy, scope))) reaching.push(copy);
    else join(copy, match);
  }
  for (const copy of reaching) {
    join(copy, onItsDay(copy) ?? matchIn(copy, byReach.get(printedDayOf(copy, scope)) ?? [], true));
  }
  return groups;
}

/**
 * A copy stating a direction joins no group a copy of which states the other: a copy of unknown or
 * presumed direction (an export's) duplicates both the rep's call at 10:00 and the contact's call
 * back at 10:01 of the same title, and must not make them one touch, whichever comes first.
 */
function directionsAgree(group: readonly TouchCopy[], copy: TouchCopy): boolean {
  const stated = statedDirection(copy.activity);
  return stated === undefined || group.every((m) => (statedDirection(m.activity) ?? stated) === stated);
}

function statedDirection(activity: Activity): Activity['direction'] | undefined {
  return activity.direction === 'unknown' || activity.directionPresumed ? undefined : activity.direction;
}

/**
 * A copy naming contacts joins a group only if it names one the group's copies name (or they
 * name none): a deal-timeline copy naming nobody duplicates the email to Jordan and the same
 * email to Sam, and must not make them one touch, whichever of the three comes first.
 */
function samePeople(group: readonly TouchCopy[], copy: TouchCopy): boolean {
  const named = copy.activity.contactKeys;
  if (named.length === 0) return true;
  const groupNamed = group.filter((m) => m.activity.contactKeys.length > 0);
  return groupNamed.length === 0 || groupNamed.some((m) => m.activity.contactKeys.some((k) => named.includes(k)));
}

/**
 * A copy with a source id joins a group holding that id (rule 1), or a group holding other ids
 * through a copy with an id it is a double capture of (rule 2), never through a copy without one: a
 * copy without an id that looks like both calls of a double dial must not make them one touch
 * through itself, whichever comes first. One double capture is enough, as metrics.md has each touch
 * join the group of the earliest touch it duplicates: an email captured at 05:00, 05:01:30 and
 * 05:03 is one email, though its first and last captures are 3 minutes apart. Nor may it join
 * through a copy naming no owner a group whose copy with an id names another (doubleCapture: one
 * touch has one owner, so Dana's call and Sam's stay two beside a capture naming nobody).
 */
function noOtherSource(group: readonly TouchCopy[], copy: TouchCopy, scope: MergeScope): boolean {
  const id = copy.activity.sourceId;
  if (!id || group.some((m) => m.activity.sourceId === id)) return true;
  const withIds = group.filter((m) => m.activity.sourceId !== undefined);
  return (
    withIds.length === 0 ||
    (withIds.some((m) => isDuplicate(m, copy, scope)) && withIds.every((m) => ownersAgree(m.activity, copy.activity)))
  );
}

/**
 * A timed copy joins a group only if it can be one touch with each copy in it that rule 3 compares
 * with it at a count's precision (comparedAtCount), and, where the group has copies compared
 * with it to the minute, with one of those (a chain of captures each within 2 minutes stays one
 * touch). So "3 hours ago" on the contact's page, between two calls its deal's page shows an hour
 * apart, makes neither the other; nor does a deal-page copy join two calls one contact page shows
 * apart.
 */
function timesAgree(group: readonly TouchCopy[], copy: TouchCopy, scope: MergeScope): boolean {
  if (!hasTimeOfDay(copy.activity)) return true;
  const toTheMinute: TouchCopy[] = [];
  for (const member of group) {
    if (!hasTimeOfDay(member.activity)) continue;
    if (!comparedAtCount(member.activity, copy.activity)) toTheMinute.push(member);
    else if (!isDuplicate(member, copy, scope)) return false;
  }
  return toTheMinute.length === 0 || toTheMinute.some((member) => isDuplicate(member, copy, scope));
}

/**
 * How many of the file's earlier rows with `copy`'s natural key are not among the copies
 * (fileOrdinalOf): each was another copy of a touch the cache held when it was imported, and the
 * import stored no row of it (lib/db/import-buckets.ts laterInFile). That touch is the earlier
 * row's, never this one's: a page copy of a dial read before the report is one of its three dials.
 */
function absentBefore(copy: TouchCopy, keys: ReadonlySet<string>): number {
  const ordinal = fileOrdinalOf(copy.activity);
  if (!ordinal) return 0;
  let absent = 0;
  for (let n = 1; n < ordinal.n; n++) if (!keys.has(fileRowKey(ordinal.base, n))) absent++;
  return absent;
}

/** A candidate in a group other than the first `skip` groups the candidates are in, in their order. */
function inGroupLeft(groupOf: ReadonlyMap<TouchCopy, TouchCopy[]>, skip: number) {
  const skipped = new Set<TouchCopy[]>();
  return (candidate: TouchCopy) => {
    const group = groupOf.get(candidate) as TouchCopy[];
    if (skipped.has(group)) return false;
    if (skipped.size < skip) {
      skipped.add(group);
      return false;
    }
    return true;
  };
}

/** Copies with a time of day before date-only ones, then the earliest. */
function preferred(order: Map<TouchCopy, number>) {
  return (a: TouchCopy, b: TouchCopy) =>
    Number(!hasTimeOfDay(a.activity)) - Number(!hasTimeOfDay(b.activity)) ||
    (order.get(a) as number) - (order.get(b) as number);
}

function sameSource(bySource: Map<string, TouchCopy[]>, copy: TouchCopy): TouchCopy[] {
  return copy.activity.sourceId ? (bySource.get(copy.activity.sourceId) ?? []) : [];
}

/** Earlier timed copies at most `windowMs` before `copy` (`timed` is in time order). */
function timedBefore(timed: readonly TouchCopy[], copy: TouchCopy, windowMs: number): TouchCopy[] {
  const found: TouchCopy[] = [];
  for (let j = timed.length - 1; j >= 0; j--) {
    const earlier = timed[j] as TouchCopy;
    if (copy.at.getTime() - earlier.at.getTime() > windowMs) break;
    found.push(earlier);
  }
  return found;
}

function addTo<K>(map: Map<K, TouchCopy[]>, key: K | undefined, copy: TouchCopy): void {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) list.push(copy);
  else map.set(key, [copy]);
}

function toTouch(group: TouchCopy[]): Touch {
  const members = group.length === 1 ? group : [...group].sort((a, b) => precisionRank(a) - precisionRank(b));
  const first = members[0] as TouchCopy;
  const activity = mergedActivity(members.map((m) => m.activity));
  return {
    key: first.activity.key,
    activity,
    channel: first.channel,
    at: first.at,
    ...(first.dayEnd ? { dayEnd: first.dayEnd } : {}),
    copies: members.map((m) => m.activity.key),
    contactKeys: activity.contactKeys,
  };
}

/** A time the page showed, then one worked out from a count, then a date alone (in time order: the sort is stable). */
function precisionRank(copy: TouchCopy): number {
  if (!hasTimeOfDay(copy.activity)) return 2;
  return copy.activity.relativeTime ? 1 : 0;
}

/**
 * The first copy (toTouch puts the most precise time first, then the earliest) with the most
 * informative field of any copy: a known outcome over none or `unknown`, a direction stated over
 * one presumed (an export's) over `unknown`, the owner a copy names, the note a user typed,
 * `automated` if any copy came from a sequence, and every contact and deal named.
 */
export function mergedActivity(copies: readonly Activity[]): Activity {
  const first = copies[0] as Activity;
  // A touch read once (most of them) is its own merge: no copy of it, which across a team's whole
  // cache was most of the merging's garbage.
  if (copies.length === 1 && !hasRepeats(first.contactKeys) && !hasRepeats(first.dealKeys)) return first;
  const outcome = copies.map((c) => c.outcome).find((o) => o && o !== 'unknown') ?? first.outcome;
  const directed =
    copies.find((c) => c.direction !== 'unknown' && !c.directionPresumed) ??
    copies.find((c) => c.direction !== 'unknown') ??
    first;
  const note = copies.find((c) => c.note)?.note;
  // Copies that both name an owner name one (duplicate rules): a copy naming none takes the other's.
  const owner = first.owner ?? copies.find((c) => c.owner)?.owner;
  const { directionPresumed: _presumed, ...firstWithout } = first;
  return {
    ...firstWithout,
    ...(owner ? { owner } : {}),
    direction: directed.direction,
    ...(directed.directionPresumed ? { directionPresumed: true as const } : {}),
    automated: copies.some((c) => c.automated),
    contactKeys: [...new Set(copies.flatMap((c) => c.contactKeys))],
    dealKeys: [...new Set(copies.flatMap((c) => c.dealKeys))],
    ...(outcome ? { outcome } : {}),
    ...(note ? { note } : {}),
  };
}

function hasRepeats(keys: readonly string[]): boolean {
  return keys.some((key, i) => keys.indexOf(key) !== i);
}

/** A key is one stored activity: a second copy under the same key is the same row read twice. */
function uniqueByKey(copies: readonly TouchCopy[]): TouchCopy[] {
  const byKey = new Map<string, TouchCopy>();
  for (const copy of copies) if (!byKey.has(copy.activity.key)) byKey.set(copy.activity.key, copy);
  return [...byKey.values()];
}

/** Oldest first, then by key: the order touches are listed in. */
export function byTimeThenKey(a: { at: Date; activity: Activity }, b: { at: Date; activity: Activity }): number {
  return (
    a.at.getTime() - b.at.getTime() || (a.activity.key < b.activity.key ? -1 : a.activity.key > b.activity.key ? 1 : 0)
  );
}
