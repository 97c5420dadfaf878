import { ownerOf } from '../db/same-day-row';
import { COUNTED_TIME_DRIFT_MS, COUNTED_TIME_LATER_MS, TWO_MINUTES_MS } from '../db/time-precision';
import type { Activity } from '../schema/activity';
import { hasTimeOfDay, type TouchChannel, wasNotHeld } from './touch';
import { type DayNumber, dayNumber, dayNumberOf } from './zoned-days';

export { TWO_MINUTES_MS };

/** A dated touch before merging. */
export interface TouchCopy {
  activity: Activity;
  channel: TouchChannel;
  at: Date;
  /** Dated only by day: that day's last instant in the user's zone (see Touch). */
  dayEnd?: Date;
}

/** What duplicate rules need beyond the two copies: the record viewed and the zones (for "same day"). */
export interface MergeScope {
  scopeKey?: string;
  timeZone: string;
  /** The zone pages were read in (the browser's), where a date-only copy's day is the day printed. */
  pageTimeZone?: string;
  /**
   * Compare a time worked out from a count to the minute, as a time shown: set by a caller that
   * weighs a match at a count's precision itself (an import takes a counted copy only when it is
   * the one copy it can be: lib/db/import-buckets.ts sameTouchStored).
   */
  countToTheMinute?: boolean;
}

/**
 * The day a copy stands on for "the same day" as a date-only copy: the day the page printed it
 * (kept on the row, else its instant's day in the zone pages are read in), or for a timed copy
 * the day that page would print in that zone
 * (decisions.md: a date-only reading is its date as printed; the cache's sameTouch does the same).
 */
export function printedDayOf(copy: TouchCopy, scope: MergeScope): number {
  const { printedOn } = copy.activity;
  if (printedOn && !hasTimeOfDay(copy.activity)) return dayNumberOf(printedOn);
  const stored = copy.activity.timestamp ? new Date(copy.activity.timestamp) : copy.at;
  return dayNumber(stored, scope.pageTimeZone ?? scope.timeZone);
}

/**
 * The printed days a date-only copy can meet `copy` on: its own (printedDayOf), and for a time
 * worked out from a count the other days that count reaches (as the save step's countedDays,
 * lib/db/time-precision.ts: its drift back, half an hour on, as HubSpot rounds its counts), so
 * "3 hours ago" read at 03:05 (00:05 on the 20th) is met by a "Nov 19" too, and read at 02:40
 * (23:40 on the 19th) by a "Nov 20": a call at 00:05 reads so (two calls that read the same are
 * taken as one: time-precision.ts countWithinDay).
 */
export function daysMetOn(copy: TouchCopy, scope: MergeScope): DayNumber[] {
  const own = printedDayOf(copy, scope);
  if (!copy.activity.relativeTime || !hasTimeOfDay(copy.activity)) return [own];
  const at = copy.at.getTime();
  const zone = scope.pageTimeZone ?? scope.timeZone;
  const reached = [at - COUNTED_TIME_DRIFT_MS, at + COUNTED_TIME_LATER_MS].map((t) => dayNumber(new Date(t), zone));
  return [...new Set([own, ...reached])];
}

/**
 * Two copies are on the same record when they share a contact. A copy that names no contact
 * (a deal-timeline touch) is on the records it was read on, and on `scopeKey`, the record being
 * viewed. So one sequence email sent to two people at the same minute stays two touches, while
 * a deal-timeline copy of a contact's email is that email.
 */
export function sameRecord(a: Activity, b: Activity, scopeKey?: string): boolean {
  if (a.contactKeys.length > 0 && b.contactKeys.length > 0) return a.contactKeys.some((k) => b.contactKeys.includes(k));
  const scope = scopeKey ? [scopeKey] : [];
  const recordsOfA = new Set([...a.contactKeys, ...a.dealKeys, ...scope]);
  return [...b.contactKeys, ...b.dealKeys, ...scope].some((k) => recordsOfA.has(k));
}

/**
 * The same touch captured twice (metrics.md, Duplicate), rules in order:
 * 1. the same CRM source id (in the same CRM account) is the same touch;
 * 2. different source ids are different touches (a double dial is two attempts), except a double
 *    capture: same record, channel, direction, title and outcome (and owner, where both name one),
 *    both with a time of day, within 2 minutes;
 * 3. without a source id on at least one: same record, channel, direction and title within 2
 *    minutes; when either copy has only a date, on the same printed day (printedDayOf; decisions.md:
 *    a date-only reading merges into the same-day row; mergeDuplicates lets it join one group only),
 *    unless the CRM listed the two apart (listedApart: one key is the other's with an ordinal).
 *    A time worked out from a count ("3 hours ago") is only as precise as its count: compared at
 *    that precision (comparedAtCount), within COUNTED_TIME_DRIFT_MS.
 */
export function isDuplicate(a: TouchCopy, b: TouchCopy, scope: MergeScope): boolean {
  const idA = a.activity.sourceId;
  const idB = b.activity.sourceId;
  if (idA && idA === idB && a.activity.crm === b.activity.crm && a.activity.tenant === b.activity.tenant) return true;
  if (listedApart(a.activity, b.activity)) return false;
  if (!sameShape(a, b) || !sameRecord(a.activity, b.activity, scope.scopeKey)) return false;
  const timed = hasTimeOfDay(a.activity) && hasTimeOfDay(b.activity);
  if (idA && idB)
    return timed && twoItemsAlike(a, b) && doubleCapture(a.activity, b.activity) && withinTwoMinutes(a, b);
  if (timed)
    return (
      withinTwoMinutes(a, b) ||
      (!scope.countToTheMinute && comparedAtCount(a.activity, b.activity) && withinCount(a, b))
    );
  const dayA = printedDayOf(a, scope);
  const dayB = printedDayOf(b, scope);
  return dayA === dayB || countReaches(a, dayB, b, scope) || countReaches(b, dayA, a, scope);
}

/**
 * Whether `counted`, a time worked out from a count, reaches `day`, the printed day of the
 * date-only copy `dated`, at the count's precision (comparedAtCount): one touch's copies on two
 * pages, which no save step compares. Two rows of one page without CRM ids are not: its save step
 * compared them and put the date alone beside the count (lib/db/same-day-row.ts sameDayRow: a row
 * on the count's own day, or with a time on the other, or the page showing both at once).
 */
function countReaches(counted: TouchCopy, day: DayNumber, dated: TouchCopy, scope: MergeScope): boolean {
  if (!counted.activity.relativeTime || !hasTimeOfDay(counted.activity) || hasTimeOfDay(dated.activity)) return false;
  if (!comparedAtCount(counted.activity, dated.activity) || savedApart(counted.activity, dated.activity)) return false;
  return daysMetOn(counted, scope).includes(day);
}

/** Two rows one page's save step compared (it looks for another sighting of an item without a CRM id). */
function savedApart(a: Activity, b: Activity): boolean {
  return !a.sourceId && !b.sourceId && readOnOnePage(a, b);
}

/** Two page rows read on one page (lib/db/same-day-row.ts ownerOf: its deal, else its contact). */
function readOnOnePage(a: Activity, b: Activity): boolean {
  return a.origin === 'page' && b.origin === 'page' && ownerOf(a) === ownerOf(b);
}

/**
 * A completed task counted as a touch (the setting; lib/metrics/touch.ts countedTask) that is a copy
 * of `touch`: a call, email, meeting, social or SMS touch with the same person (sameRecord, as rule
 * 3 scopes people), both with a time of day, within 2 minutes, and of one owner where both name one
 * (doubleCapture's: two reps' work at one minute is two touches). metrics.md: a completed task
 * "usually records work whose real touch, the call or email, is logged too", and the same touch
 * captured twice is merged before any count; rules 2 and 3 ask for the same channel, which a task
 * has none of, so this rule is ours (docs/settings.md, Completed tasks beside their touch). The
 * task's work is the touch's: mergeDuplicates keeps the touch as it is and lists the task among its
 * copies.
 */
export function isTaskCopyOf(task: TouchCopy, touch: TouchCopy, scope: MergeScope): boolean {
  return (
    task.channel === 'task' &&
    touch.channel !== 'task' &&
    hasTimeOfDay(task.activity) &&
    hasTimeOfDay(touch.activity) &&
    withinTwoMinutes(task, touch) &&
    sameRecord(task.activity, touch.activity, scope.scopeKey) &&
    ownersAgree(task.activity, touch.activity) &&
    isRepsOwnTouch(touch.activity) &&
    peopleWithin(task.activity, touch.activity)
  );
}

/**
 * A touch a task can record: the rep's own, held (a reply, a sequence's email or a meeting that did
 * not take place is not the work the rep ticked done).
 */
function isRepsOwnTouch(activity: Activity): boolean {
  return activity.direction !== 'inbound' && !activity.automated && !wasNotHeld(activity);
}

/** The task names no one the touch does not (a touch naming nobody, a deal page's copy, takes its people). */
function peopleWithin(task: Activity, touch: Activity): boolean {
  const people = new Set(touch.contactKeys);
  return people.size === 0 || task.contactKeys.every((key) => people.has(key));
}

/**
 * Whether rule 3 compares two timed copies at a count's precision: one time (or both) was worked
 * out from a count (`relativeTime`, a page copy's). Pages give such a time only for a count of
 * seconds, minutes or hours (lib/locale/relative-date.ts): "3 hours ago" is any time in the hour
 * that count covers, rounded or cut off as the CRM prints it, and the count moves on between
 * readings, so two sightings of one touch (on a contact's page and on its deal's, which no save
 * step compares) can be up to an hour apart; the slack is the save step's (COUNTED_TIME_DRIFT_MS).
 * The other copy may be an export's row: whether the export or the page came first, a counted
 * copy and the export's time of that touch are one touch (metrics.md: merging is
 * order-independent; an import that comes second fills the counted copy in, where it is the one
 * copy it can be). Not compared so:
 * - two times both shown (two calls an hour apart are two touches);
 * - two items one reading of a page stored apart (a row per item the page listed): read on one
 *   page (readOnOnePage), they share `firstSeenAt`, the time of the reading that first stored them
 *   (save-batch.ts; a later sighting keeps it), whereas one touch's copies on two pages are stored
 *   by two readings, whatever their times (each reading of a batch keeps its own; two may share an
 *   instant on a stopped clock);
 * - two counted items one page showed apart ("3 hours ago" and "2 hours ago": two calls), keyed
 *   by that page's record and their day as `base` and `base:2` (lib/keys.ts readingKeys, kept by
 *   save-batch.ts countedSlot), the later one first seen by a later reading; the key, not the
 *   records named, says so, since the team view gives a contact's copies its deals
 *   (lib/team/team-touches.ts);
 * - a touch logged in Touchline (it meets its page copy through `mergedInto`).
 */
export function comparedAtCount(a: Activity, b: Activity): boolean {
  if (!a.relativeTime && !b.relativeTime) return false;
  if (a.origin === 'logged-in-touchline' || b.origin === 'logged-in-touchline') return false;
  if (firstSeenTogether(a, b)) return false;
  return !(a.relativeTime && b.relativeTime && toldApartOnOnePage(a, b));
}

function firstSeenTogether(a: Activity, b: Activity): boolean {
  return a.firstSeenAt !== undefined && a.firstSeenAt === b.firstSeenAt && readOnOnePage(a, b);
}

function toldApartOnOnePage(a: Activity, b: Activity): boolean {
  return !a.sourceId && !b.sourceId && countedItemBase(a.key) === countedItemBase(b.key);
}

/**
 * A key hashed from the record and the item (lib/keys.ts activityKey: 16 hex digits), and any
 * ordinal after it. A key with a CRM id never has this shape: its id follows `:activity:` as the
 * CRM prints it (Salesforce's 15 or 18 letters and digits, HubSpot's digits, Pipedrive's
 * `activity:<ID>`), never `h` and 16 hex digits; a touch logged in Touchline is keyed `touchline:…`.
 */
const HASHED_KEY = /^(.+:activity:h[0-9a-f]{16})(?::\d+)?$/;

/** A counted item's key without the ordinal readingKeys adds to the later items of one page and day. */
function countedItemBase(key: string): string {
  return key.match(HASHED_KEY)?.[1] ?? key;
}

/** A hashed key with the ordinal a later row of one file (or counted item of one page) gets. */
const ORDINAL_KEY = /^(.+:activity:h[0-9a-f]{16}):(\d+)$/;

/**
 * A later row of one export file with an earlier row's natural key (`<key>:n`, n ≥ 2:
 * lib/csv-import/row-ordinal.ts): that key, and the row's place among the file's rows with it.
 * The file's earlier rows are stored under `<key>` and `<key>:2` … or, where one was another copy of
 * a touch stored before, not at all (the import found it "already there").
 */
export function fileOrdinalOf(activity: Activity): { base: string; n: number } | undefined {
  if (activity.origin !== 'import') return undefined;
  const m = activity.key.match(ORDINAL_KEY);
  return m?.[1] && m[2] ? { base: m[1], n: Number(m[2]) } : undefined;
}

/** The key of the `n`th row of a file with the natural key `base` (fileOrdinalOf). */
export function fileRowKey(base: string, n: number): string {
  return n === 1 ? base : `${base}:${n}`;
}

/**
 * Two rows the CRM listed apart: keys hashed from the same item that differ in their ordinal (none
 * or `:n`). The ordinal is given only to an item that one listing showed beside another of the same
 * key: a later row of one export file with the natural key of an earlier one (three dials of one
 * contact on one day in a report without Activity ID, dates only: lib/csv-import/row-ordinal.ts), or
 * a later counted item of one page and day (lib/keys.ts readingKeys). Such rows are never one touch,
 * whatever rule 3 says of their shape and day; a copy without an ordinal (a page's copy of the call)
 * still merges with one of them (mergeDuplicates: a copy joins no group holding a row listed apart
 * from it).
 */
export function listedApart(a: Activity, b: Activity): boolean {
  if (a.key === b.key) return false;
  const base = a.key.match(HASHED_KEY)?.[1];
  return base !== undefined && base === b.key.match(HASHED_KEY)?.[1];
}

function withinCount(a: TouchCopy, b: TouchCopy): boolean {
  return Math.abs(a.at.getTime() - b.at.getTime()) <= COUNTED_TIME_DRIFT_MS;
}

/**
 * The same channel, direction and title. A direction not known (a page in a language without words
 * for it), or presumed where an export stated none (a report's email), is no difference, as an
 * import compares it (lib/db/import-buckets.ts): the copies are one touch, of the direction the
 * other shows (merge-duplicates.ts mergedActivity).
 */
function sameShape(a: TouchCopy, b: TouchCopy): boolean {
  return a.channel === b.channel && sameDirection(a.activity, b.activity) && a.activity.title === b.activity.title;
}

/**
 * Two copies' directions are one touch's: the same, or either not known, or an export's presumed
 * (a report's email has no direction column: the other copy's stated direction is its). A page's
 * presumed direction ("Logged call": who logged it) bridges nothing: the page's item and an
 * export's "Inbound" call a minute later are a logged dial and the call back. The same item under
 * one CRM id takes a stated direction all the same (rule 1; page-activities.ts directionAfter).
 */
export function sameDirection(a: Pick<Activity, 'direction' | 'directionPresumed' | 'origin'>, b: typeof a): boolean {
  // Asked for every pair of copies compared: no array built per call.
  if (a.direction === b.direction || a.direction === 'unknown' || b.direction === 'unknown') return true;
  return (
    (a.directionPresumed === true && a.origin === 'import') || (b.directionPresumed === true && b.origin === 'import')
  );
}

function withinTwoMinutes(a: TouchCopy, b: TouchCopy): boolean {
  return Math.abs(a.at.getTime() - b.at.getTime()) <= TWO_MINUTES_MS;
}

/**
 * Two CRM items (two ids) shown with directions alike, a presumed one aside only for an email: a
 * reply captured as the mail and as the report's Task of it (no direction column) is one reply,
 * but two Tasks of calls, one whose Call Type says nothing (presumed outbound) and one "Inbound", a
 * minute apart, are a call and the call back.
 */
function twoItemsAlike(a: TouchCopy, b: TouchCopy): boolean {
  const { direction: x } = a.activity;
  const { direction: y } = b.activity;
  return a.channel === 'email' || x === y || x === 'unknown' || y === 'unknown';
}

/**
 * Rule 2's double capture beyond shape and time: the same outcome, and the same owner where both
 * copies name one (one touch has one owner: two reps' calls at the same minute are two touches).
 * Shape includes the direction (sameDirection): a reply captured twice, once as the report's Task
 * presumed outbound, is one reply; two page items a minute apart shown either way are two calls.
 */
export function doubleCapture(a: Activity, b: Activity): boolean {
  return outcomeOf(a) === outcomeOf(b) && ownersAgree(a, b);
}

/** Two copies' owners are one owner's: only where both name one are they compared, exactly. */
export function ownersAgree(a: Activity, b: Activity): boolean {
  return !a.owner || !b.owner || a.owner === b.owner;
}

/** An outcome the page does not show and an explicit `unknown` are the same. */
export function outcomeOf(activity: Activity): string {
  return activity.outcome ?? 'unknown';
}

export function isLogged(copy: TouchCopy): boolean {
  return copy.activity.origin === 'logged-in-touchline';
}
