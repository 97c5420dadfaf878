import { readingKeys, recordKey } from '../keys';
import { isTimelineEntry, loadedBack } from '../metrics/timeline-read-in-part';
import { dayNumber, dayString } from '../metrics/zoned-days';
import type { Activity } from '../schema/activity';
import type { Contact, Deal } from '../schema/record';
import { updateActivityPacks } from './activity-packs';
import { rowsAsShown } from './as-shown';
import { mergeLogged } from './batch-logged';
import {
  deleteActivity,
  fetchTouched,
  loggedTouches,
  moveLogged,
  putActivity,
  rowsNow,
  rowsOfRecord,
  type SaveTx,
  type Working,
} from './batch-work';
import { writeWork } from './batch-write';
import { coarseSightings } from './coarse-row';
import { coarseSlot } from './coarse-slot';
import { dateTitledRow } from './date-titled-row';
import { datedSightings } from './dated-row';
import { foldPerson } from './fold-person';
import { type ReleasedMerge, settleReleased } from './merge-named-elsewhere';
import { mergeTargetsMissing } from './merge-targets';
import { sameJson } from './objects';
import { activityFromReading, keepsTime, mergeActivity } from './page-activities';
import { contactFromReading, dealFromReading } from './page-records';
import { isPageTouch, type MergeClock, shownAsTouch } from './page-touch';
import { readOnPage, sameDayRow, samePageItem } from './same-day-row';
import { samePersonElsewhere } from './same-person';
import type { PageReading, SaveSummary } from './save-reading';
import { browserTimeZone, withinCountDrift } from './time-precision';
import { withUndatedCopy } from './undated-copy';
import { undatedSightings } from './undated-row';

interface Prepared extends PageReading {
  pageKey: string;
  pageZone: string;
  incoming: Activity[];
}

/**
 * Saves readings in order inside one transaction with few round trips: every stored row the
 * batch touches is fetched at once, merged in memory reading by reading (so a later reading sees
 * an earlier one's rows, exactly as separate saves would), then written at once.
 */
export async function saveBatch(tx: SaveTx, readings: readonly PageReading[]): Promise<SaveSummary[]> {
  const prepared = readings.map(prepare);
  const work = await fetchTouched(
    tx,
    unique(prepared.flatMap((p) => p.incoming.map((a) => a.key))),
    unique(prepared.filter((p) => p.result.kind === 'contact').map((p) => p.pageKey)),
    unique(prepared.filter((p) => p.result.kind === 'deal').map((p) => p.pageKey)),
  );
  const summaries: SaveSummary[] = [];
  const released: ReleasedMerge[] = [];
  for (const reading of prepared) summaries.push(await apply(work, reading, released));
  // After every reading of the batch: what a read after the commit finds (unless a merge undone
  // is settled after the writes, below: the answer's view is then read again).
  for (const [i, reading] of prepared.entries()) {
    if (released.length > 0) break;
    const contact = work.records.get(reading.pageKey);
    if (contact?.kind !== 'contact') continue;
    const own = await rowsOfRecord(work, reading.pageKey);
    const activities = [...own, ...(await rowsNow(work, mergeTargetsMissing(own)))].sort(byKey);
    (summaries[i] as SaveSummary).saved = { contact, activities, invalid: [] };
  }
  await writeWork(work);
  if (released.length > 0) {
    const settled = await settleReleased(tx, released);
    await updateActivityPacks(tx, settled.before, settled.after);
  }
  return summaries;
}

function prepare(reading: PageReading): Prepared {
  const { result } = reading;
  const pageKey = recordKey(result);
  const pageZone = reading.pageTimeZone ?? browserTimeZone();
  const keys = readingKeys(result.crm, result.tenant, pageKey, result.activities, pageZone);
  const incoming = uniqueByKey(
    result.activities.map((item, i) => activityFromReading(result, pageKey, item, pageZone, reading.yourName, keys[i])),
    pageZone,
  );
  return { ...reading, pageKey, pageZone, incoming };
}

async function apply(work: Working, reading: Prepared, released: ReleasedMerge[]): Promise<SaveSummary> {
  const before = work.records.get(reading.pageKey);
  applyRecord(work, reading);
  // Before the items meet the stored rows: the same person's rows under another id are this page's now.
  for (const other of await samePersonElsewhere(work, reading, before))
    await foldPerson(work, other, reading.pageKey, reading.pageZone);
  const clock = { timeZone: reading.timeZone, pageTimeZone: reading.pageZone, now: reading.now };
  const fresh: Activity[] = [];
  const touchesNow: Activity[] = [];
  const seenAt = reading.now.toISOString();
  let updated = 0;
  // `folded`: a stored copy was folded into the row, which changed the cache whatever the row says.
  // Stored rows this reading names the first contact of (a deal-page row read again under its CRM id on a contact's page).
  const namedNow: Activity[] = [];
  const keep = (existing: Activity | undefined, merged: Activity, folded = false) => {
    const became = existing !== undefined && becameTouch(existing, merged, clock);
    let next = became ? { ...merged, firstSeenAt: seenAt } : merged;
    const unchanged = existing !== undefined && !folded && sameJson(existing, next);
    // When this cache last saw the row change: a backup's copy changed there later is the newer sighting.
    if (existing && !unchanged && next.origin === 'page') next = { ...next, changedAt: seenAt };
    if (!existing) fresh.push(next);
    if (became) touchesNow.push(next);
    if (existing && existing.contactKeys.length === 0 && next.contactKeys.length > 0) namedNow.push(next);
    if (unchanged) return;
    if (existing) updated++;
    putActivity(work, next);
  };
  const slots = new Set<string>();
  const slotted: Activity[] = [];
  for (const incoming of reading.incoming) slotted.push(await countedSlot(work, reading, incoming, slots));
  // A row this reading shows under its own key, or one an item of it already took, is that item's:
  // never another item's other sighting (two same-titled calls either side of midnight, one shown
  // with its time, one counted, are two calls).
  const claimed = new Set(slotted.map((activity) => activity.key));
  const undatedRow = undatedRowOf(work, reading);
  // Undated items new to the cache look for a dated row once every dated item has taken its own.
  const undatedNew: Activity[] = [];
  for (const [i, incoming] of reading.incoming.entries()) {
    const activity = slotted[i] as Activity;
    let existing = work.activities.get(activity.key);
    if (!existing && incoming.timestamp === undefined) {
      undatedNew.push(activity);
      continue;
    }
    let next: Activity;
    // The item under the key its page gives it, read there before: what the page shows now is its outcome.
    if (existing) next = mergeActivity(existing, activity, reading.pageZone, readOnPage(existing, reading.pageKey));
    else {
      existing = (await otherSighting(work, reading, activity, claimed)) ?? (await undatedRow(incoming));
      if (existing) claimed.add(existing.key);
      next = existing
        ? await mergeSighting(work, existing, activity, reading.pageZone)
        : { ...activity, firstSeenAt: seenAt };
    }
    const whole =
      existing?.timestamp === undefined
        ? undefined
        : await withoutUndatedCopy(work, next, await undatedRow(incoming), claimed);
    keep(existing, whole ?? next, whole !== undefined);
  }
  const undatedItems = slotted.filter((item) => item.timestamp === undefined && !item.sourceId);
  const datedRows = await datedRowsOf(work, reading, claimed, undatedItems);
  const coarseRows = await coarseRowsOf(work, reading, claimed, undatedItems);
  for (const activity of undatedNew) {
    const row = datedRows.get(activity);
    const coarse = coarseRows.get(activity);
    if (row) keep(row, { ...mergeActivity(row, withoutDateText(activity), reading.pageZone), key: row.key });
    // The stored row keeps its key (keyed by the text it was first read with) and takes the text shown now.
    else if (coarse)
      keep(coarse, {
        ...mergeActivity(coarse, activity, reading.pageZone, readOnPage(coarse, reading.pageKey)),
        key: coarse.key,
      });
    else keep(undefined, { ...activity, firstSeenAt: seenAt });
  }
  const seenAsTouches = [...fresh, ...touchesNow];
  const pairing =
    seenAsTouches.length > 0 || namedNow.length > 0
      ? await mergeLogged(work, seenAsTouches, clock, namedNow)
      : undefined;
  released.push(...(pairing?.released ?? []).map((touch) => ({ touch, clock })));
  const mergedLogged = pairing?.merged ?? [];
  return { recordKey: reading.pageKey, added: fresh.length, updated, mergedLogged, invalid: work.invalid.splice(0) };
}

/**
 * The stored row an item dated by a count ("3 hours ago", keyed by its day: readingKeys) is another
 * sighting of: the nearest in time within the count's drift, not already taken by this reading, of
 * the rows under its key and that key's ordinals and the counted rows of the same item under
 * another day's key (the count moves by up to an hour between readings, so its day can change:
 * the window decides, not the day); else one under these keys dated by the day alone. A page
 * showing only some of a day's same-titled items (a filter, the newest loaded) gives them other
 * ordinals than before; the stored times say which is which. Without one near, the item keeps
 * its key if that is free, else takes the first free ordinal. An undated item dated by a count
 * naming no day takes its slot by the days it could mean (coarseSlot).
 */
async function countedSlot(
  work: Working,
  reading: Prepared,
  activity: Activity,
  taken: Set<string>,
): Promise<Activity> {
  if (activity.timestamp === undefined && activity.dateText !== undefined && !activity.sourceId) {
    const key = coarseSlot(activity, await rowsOfRecord(work, reading.pageKey), taken, {
      ...reading,
      wholeFrom: wholeFrom(reading),
    });
    taken.add(key);
    return key === activity.key ? activity : { ...activity, key };
  }
  if (!activity.relativeTime || activity.sourceId || !activity.timestamp) return activity;
  const base = activity.key.replace(/:\d+$/, '');
  const at = Date.parse(activity.timestamp);
  const underKey = (row: Activity) => row.key === base || row.key.startsWith(`${base}:`);
  const free = (await rowsOfRecord(work, reading.pageKey)).filter((row) => !taken.has(row.key));
  const rows = free.filter(underKey);
  const timed = free
    .filter(
      (row) =>
        (underKey(row) || (row.relativeTime && samePageItem(row, activity, reading.pageKey))) &&
        row.timePrecision === 'minute' &&
        row.timestamp !== undefined &&
        withinCountDrift(row.timestamp, activity.timestamp as string),
    )
    .sort(
      (a, b) => Math.abs(Date.parse(a.timestamp as string) - at) - Math.abs(Date.parse(b.timestamp as string) - at),
    );
  // A date-only row under these keys is the same day's item seen without a time: this sighting adds one.
  const near = timed[0] ?? rows.find((row) => row.timePrecision === 'day');
  const used = new Set([...rows.map((row) => row.key), ...taken]);
  let key = near?.key ?? activity.key;
  for (let n = 2; !near && used.has(key); n++) key = `${base}:${n}`;
  taken.add(key);
  return key === activity.key ? activity : { ...activity, key };
}

/**
 * A stored item that was no touch (planned, cancelled, not held, a meeting of today dated by day
 * alone: shownAsTouch) and can take a logged one now (isPageTouch): Touchline first sees it as a
 * touch now, so a touch logged before this reading may merge with it (metrics.md "Logged in
 * Touchline"), and `firstSeenAt` says so to a later edit or undo (see pageTouchOnEdit).
 */
function becameTouch(existing: Activity, next: Activity, clock: MergeClock): boolean {
  return !shownAsTouch(existing, clock) && isPageTouch(next, clock);
}

/**
 * A stored row this item is another sighting of, under another key (see sameDayRow; else a row
 * an earlier version titled by its date text: dateTitledRow), compared as
 * the page showed it (rowsAsShown: not with a time a logged touch gave it), of the rows no item of
 * this reading has `claimed`.
 */
async function otherSighting(
  work: Working,
  reading: Prepared,
  activity: Activity,
  claimed: ReadonlySet<string>,
): Promise<Activity | undefined> {
  if (activity.sourceId || !activity.timestamp) return undefined;
  const free = (await rowsOfRecord(work, reading.pageKey)).filter((row) => !claimed.has(row.key));
  const rows = rowsAsShown(free);
  const found =
    sameDayRow(activity, rows, reading.pageKey, reading.pageZone) ??
    dateTitledRow(activity, rows, reading.pageKey, reading.pageZone);
  return found && work.activities.get(found.key);
}

/**
 * The stored undated row a dated item of this reading (as read, before countedSlot) is another
 * sighting of (see undatedSightings), as the batch has it now: a row the item's new row replaces,
 * or, where the item's row is stored already, a copy stored beside it (withoutUndatedCopy). The
 * pairs are worked out once per reading, when the first dated item without a CRM id asks.
 */
function undatedRowOf(work: Working, reading: Prepared): (item: Activity) => Promise<Activity | undefined> {
  let pairs: Map<Activity, Activity> | undefined;
  return async (item) => {
    if (item.sourceId || item.timestamp === undefined) return undefined;
    pairs ??= undatedSightings(
      reading.incoming,
      await rowsOfRecord(work, reading.pageKey),
      reading.pageKey,
      reading.pageZone,
      wholeFrom(reading),
    );
    const row = pairs.get(item);
    return row && work.activities.get(row.key);
  };
}

/**
 * The dated row `next` with a stored undated copy of it folded in and removed (a duplicate stored
 * beside it before: the panel showed "1 undated" beside the dated call), unless an item of this
 * reading took the copy (undefined: nothing folded). Logged touches merged into the copy follow.
 */
async function withoutUndatedCopy(
  work: Working,
  next: Activity,
  copy: Activity | undefined,
  claimed: Set<string>,
): Promise<Activity | undefined> {
  if (!copy || copy.key === next.key || claimed.has(copy.key)) return undefined;
  claimed.add(copy.key);
  const logged = await loggedTouches(work);
  const loggedInto = [...logged.values()].some((touch) => touch.mergedInto === next.key);
  deleteActivity(work, copy.key);
  moveLogged(work, logged, copy.key, next.key);
  return withUndatedCopy(next, copy, loggedInto);
}

/**
 * The stored dated rows the undated items of this reading new to the cache are other sightings of
 * (see datedSightings), of the rows no item of this reading has `claimed`, compared as the page
 * showed them (rowsAsShown), as the batch has them now.
 */
async function datedRowsOf(work: Working, reading: Prepared, claimed: ReadonlySet<string>, items: Activity[]) {
  const rows = new Map<Activity, Activity>();
  if (items.length === 0) return rows;
  const shown = rowsAsShown(await rowsOfRecord(work, reading.pageKey));
  const counted = { now: reading.now, wholeFrom: wholeFrom(reading) };
  for (const [item, row] of datedSightings(items, shown, reading.pageKey, reading.pageZone, claimed, counted)) {
    const stored = work.activities.get(row.key);
    if (stored) rows.set(item, stored);
  }
  return rows;
}

/**
 * The stored undated rows the undated items of this reading new to the cache are later sightings
 * of, their texts both counts naming no day (see coarseSightings), of the rows no item of this
 * reading has `claimed`, as the batch has them now.
 */
async function coarseRowsOf(work: Working, reading: Prepared, claimed: ReadonlySet<string>, items: Activity[]) {
  const rows = new Map<Activity, Activity>();
  const from = wholeFrom(reading);
  if (items.length === 0 || from === undefined) return rows;
  const own = await rowsOfRecord(work, reading.pageKey);
  const sightings = coarseSightings(items, own, { ...reading, wholeFrom: from, taken: claimed });
  for (const [item, row] of sightings) {
    const stored = work.activities.get(row.key);
    if (stored) rows.set(item, stored);
  }
  return rows;
}

/**
 * The day from which the reading shows the record's timeline whole ('' for all of it; undefined
 * where part of any date may be missing: a filter, a fold): only older items not loaded, the day
 * after the one it was loaded back to. A count naming no day ("2 weeks ago") fits a span of days,
 * so a stored row of that count is another sighting of an item only where all its days are in the
 * part shown (coarseSightings): else the row may be a second email of that subject, and taking it
 * would lose a touch.
 */
function wholeFrom(reading: Prepared): string | undefined {
  const notRead = reading.result.notRead;
  if (!notRead.some(isTimelineEntry)) return '';
  const back = loadedBack(notRead);
  // The calendar day after, not 24 hours later: a day the clocks go back has 25.
  return back === undefined ? undefined : dayString(dayNumber(new Date(back), reading.pageZone) + 1);
}

/** An undated sighting of a dated row: its date text is what the row's date already says better. */
function withoutDateText(activity: Activity): Activity {
  const { dateText: _printed, ...rest } = activity;
  return rest;
}

/**
 * A less precise sighting (a date alone, a time worked out from a count) keeps the stored row's key
 * and time; a more precise one, or any date for a row stored undated, makes the stored row precise
 * under its key (an undated row's date text gives way to the date), and logged touches merged
 * into it follow.
 */
async function mergeSighting(work: Working, stored: Activity, sighting: Activity, pageZone: string): Promise<Activity> {
  const merged = mergeActivity(stored, sighting, pageZone);
  if (stored.timestamp === undefined) delete merged.dateText;
  else if (sighting.timePrecision === 'day' || keepsTime(stored, sighting, pageZone))
    return { ...merged, key: stored.key };
  deleteActivity(work, stored.key);
  moveLogged(work, await loggedTouches(work), stored.key, merged.key);
  return merged;
}

function applyRecord(work: Working, { result, pageKey, now }: Prepared): void {
  const existing = work.records.get(pageKey);
  const next =
    result.kind === 'contact'
      ? contactFromReading(result, pageKey, existing as Contact | undefined, now)
      : dealFromReading(result, pageKey, existing as Deal | undefined, now);
  if (sameJson(existing, next)) return;
  work.records.set(pageKey, next);
  work.changedRecords.set(pageKey, next);
}

/** A page can list one item twice (or two items can share a hash key): they are one activity. */
function uniqueByKey(activities: Activity[], pageZone: string): Activity[] {
  const byKey = new Map<string, Activity>();
  for (const activity of activities)
    byKey.set(activity.key, mergeActivity(byKey.get(activity.key), activity, pageZone));
  return [...byKey.values()];
}

/** The order an index read returns one record's rows in. */
function byKey(a: Activity, b: Activity): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}
