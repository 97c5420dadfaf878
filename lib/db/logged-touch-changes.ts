import type { IDBPTransaction } from 'idb';
import type { TouchChanges } from '../messaging/protocol';
import { outcomeFits } from '../messaging/protocol';
import { type Activity, activitySchema } from '../schema/activity';
import { zonedDay } from '../zoned-day';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from './activity-packs';
import { invalid, notFound } from './errors';
import { heirsOfFreedCopy } from './freed-page-copy';
import { loggedDuplicatesOf } from './logged-duplicates';
import { checkNotFuture, described, ORIGIN } from './logged-touches';
import { pageTouchOnEdit } from './merge-on-edit';
import { definedOnly, toUtcIso } from './objects';
import { rewriteCopiesOf } from './page-copies-rewrite';
import type { MergeClock } from './page-touch';
import { parseRow, parseRows } from './rows';
import type { StoreName, TouchlineDb, TouchlineSchema } from './schema';
import { browserTimeZone } from './time-precision';
import { COPY_READ_STORES } from './touch-copies';
import { runTransaction } from './transaction';

type ActivitiesTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;

/** Activities and their packs, and the deals that say which contacts a deal-page copy is with. */
const CHANGE_STORES = [...new Set<StoreName>([...ACTIVITY_WRITE_STORES, ...COPY_READ_STORES])];
/** The stores `withoutLoggedTouch` needs: the undo marks too. */
export const UNDO_STORES: StoreName[] = [...CHANGE_STORES, 'undoneTouches'];

/**
 * Edits a logged touch; moving it to another channel, day or direction undoes its merge with a
 * page touch (a logged touch never merges with one of the opposite direction, logged-merge.ts),
 * and it merges anew as it would have been logged so (pageTouchOnEdit); the page touch it leaves
 * then merges with another logged touch that meets the rule (heirsOfFreedCopy). Every page copy
 * of the touch it is merged into follows the user's outcome and note. `pageTimeZone` is the
 * zone pages were read in (the browser's), where a date-only page touch's day is the day printed.
 */
export function updateLoggedTouch(
  db: TouchlineDb,
  key: string,
  changes: TouchChanges,
  now: Date,
  timeZone: string,
  pageTimeZone = browserTimeZone(),
) {
  const clock = { timeZone, pageTimeZone, now };
  return runTransaction(db, CHANGE_STORES, 'readwrite', 'save', async (tx) => {
    const store = tx.objectStore('activities');
    const touch = loggedTouch(await store.get(key));
    const next: Activity = { ...touch, ...definedOnly(changes), updatedAt: now.toISOString() };
    if (changes.channel) Object.assign(next, described(changes.channel));
    if (changes.timestamp) next.timestamp = toUtcIso(changes.timestamp);
    // The details form sends an outcome or note the user cleared as "not recorded" and an empty note.
    if (changes.outcome === 'unknown') delete next.outcome;
    if (changes.note === '') delete next.note;
    checkNotFuture(next.timestamp ?? now.toISOString(), now);
    if (!next.channel || !outcomeFits(next.channel, next.outcome)) {
      if (changes.outcome)
        throw invalid('That outcome does not fit the channel: only calls and meetings have outcomes.');
      delete next.outcome;
    }
    // An unmerged touch given a channel, day or direction, even its own, may merge now.
    const placed = changes.channel || changes.timestamp || changes.direction;
    if (!movedAway(touch, next, timeZone) && (touch.mergedInto || !placed)) {
      await store.put(next);
      const copies = await rewritePageCopies(tx, touch, next);
      await updateActivityPacks(tx, [touch, ...copies.before], [next, ...copies.after]);
      return next;
    }
    const moved = await remerged(tx, touch, next, clock);
    await updateActivityPacks(tx, [touch, ...moved.before], [moved.touch, ...moved.after]);
    return moved.touch;
  });
}

/**
 * Stores `next`, the edit of logged touch `before` that moves it to another channel, day or
 * direction, merged anew. The page touch it was merged into gives back what it had from it first,
 * so the new merge (and the heir of that page touch) sees it as the page showed it: a page copy of
 * unknown direction that took the user's outbound is one an inbound call may merge with again.
 * Resolves to the stored touch, and the other rows before and after, for the packs.
 */
async function remerged(
  tx: ActivitiesTx,
  before: Activity,
  next: Activity,
  clock: MergeClock,
): Promise<{ touch: Activity; before: Activity[]; after: Activity[] }> {
  const store = tx.objectStore('activities');
  const touch: Activity = { ...next };
  delete touch.mergedInto;
  await store.put(touch);
  const left = await rewriteCopiesOf(tx, before.mergedInto, before, await mergedLogged(tx));
  // Before 0.7.5 no log time was kept; the last edit before this one is no earlier than it.
  const joined = await pageTouchOnEdit(tx, touch, before.loggedAt ?? before.updatedAt, clock);
  if (joined) {
    touch.mergedInto = joined.key;
    await store.put(touch);
  }
  const heir = await passOn(tx, before, touch, clock);
  // The user's fields given anew: withUserFields may be given twice, never taken off twice.
  const holders = await mergedLogged(tx);
  const parts = await Promise.all(
    [...new Set([before.mergedInto, touch.mergedInto])].map((page) => rewriteCopiesOf(tx, page, undefined, holders)),
  );
  return {
    touch,
    before: [...left.before, ...heir.before, ...parts.flatMap((p) => p.before)],
    // The rows as they end up last: a copy rewritten twice is written to its pack as it is stored.
    after: [...left.after, ...heir.after, ...parts.flatMap((p) => p.after)],
  };
}

/**
 * Deletes a touch logged in Touchline, and with `wholeTouch` ("Remove" on its Recent row) the
 * logged touches that are one touch with it (loggedDuplicatesOf: the panel counted and listed them
 * as that one touch, so leaving one would leave the touch counted; the Undo right after a log takes
 * back that log alone, a call logged twice by mistake stays once), and what each gave every page copy of the touch it was merged into,
 * which then merges with another logged touch that meets the rule (heirsOfFreedCopy); touches
 * read from a CRM page cannot be undone. Each is undone as stored by then, one after the other,
 * as separate undos would: a page copy is never taken off the same fields twice, and one that
 * gets a duplicate as heir gives it back when that goes too. Every one gets its undo mark, so a
 * backup takes them all back. `timeZone` is the user's zone setting; `now` decides which page
 * items are touches yet.
 */
export function undoLoggedTouch(
  db: TouchlineDb,
  key: string,
  timeZone = browserTimeZone(),
  pageTimeZone = browserTimeZone(),
  now = new Date(),
  wholeTouch = false,
) {
  const clock = { timeZone, pageTimeZone, now };
  return runTransaction(db, UNDO_STORES, 'readwrite', 'save', async (tx) => {
    const touch = loggedTouch(await tx.objectStore('activities').get(key));
    const duplicates = wholeTouch ? await loggedDuplicatesOf(tx, touch) : [];
    await withoutLoggedTouch(tx, touch, clock);
    for (const duplicate of duplicates) {
      const stored = parseRow(activitySchema, 'activities', await tx.objectStore('activities').get(duplicate.key), []);
      if (stored) await withoutLoggedTouch(tx, stored, clock);
    }
    const undoneAt = now.toISOString();
    for (const gone of [touch, ...duplicates]) await tx.objectStore('undoneTouches').put({ key: gone.key, undoneAt });
    return touch;
  });
}

/**
 * Removes a stored logged touch in the caller's transaction, and what it gave every page copy of
 * the touch it was merged into, which then merges with another logged touch that meets the rule
 * (heirsOfFreedCopy); the packs follow. Also used when a backup brings the undo of a touch.
 */
export async function withoutLoggedTouch(tx: ActivitiesTx, touch: Activity, clock: MergeClock): Promise<void> {
  await tx.objectStore('activities').delete(touch.key);
  const heir = await passOn(tx, touch, undefined, clock);
  const copies = await rewritePageCopies(tx, touch, undefined);
  await updateActivityPacks(tx, [touch, ...heir.before, ...copies.before], [...heir.after, ...copies.after]);
}

/**
 * The logged touches that merge with the page touch `before` leaves, if it leaves one (one touch,
 * or several that are one by duplicate rule 3), stored merged; before and after, for the packs.
 */
async function passOn(
  tx: ActivitiesTx,
  before: Activity,
  after: Activity | undefined,
  clock: MergeClock,
): Promise<{ before: Activity[]; after: Activity[] }> {
  if (!before.mergedInto || after?.mergedInto === before.mergedInto) return { before: [], after: [] };
  const heirs = await heirsOfFreedCopy(tx, before, clock);
  const merged = heirs.map((heir) => ({ ...heir, mergedInto: before.mergedInto }));
  await Promise.all(merged.map((row) => tx.objectStore('activities').put(row)));
  return { before: heirs, after: merged };
}

/**
 * Every stored page copy of the touch the logged one was merged into without the old logged
 * fields and with those of the logged touches merged into it now (the edited one, an heir, or one
 * that is the same touch by duplicate rule 3), and of the touch it is merged into now likewise:
 * mergeLogged gave them to the copy named in `mergedInto` and to every later copy, and a copy left
 * with them would go on counting the user's outcome. Called once the logged touches are stored as
 * they end up. Resolves to the copies before and after, for the packs.
 */
async function rewritePageCopies(
  tx: ActivitiesTx,
  before: Activity,
  after: Activity | undefined,
): Promise<{ before: Activity[]; after: Activity[] }> {
  const same = after?.mergedInto === before.mergedInto;
  const holders = await mergedLogged(tx);
  const parts = await Promise.all([
    rewriteCopiesOf(tx, before.mergedInto, before, holders),
    same ? { before: [], after: [] } : rewriteCopiesOf(tx, after?.mergedInto, undefined, holders),
  ]);
  return { before: parts.flatMap((p) => p.before), after: parts.flatMap((p) => p.after) };
}

/** The stored logged touches merged into a page touch. */
async function mergedLogged(tx: ActivitiesTx): Promise<Activity[]> {
  const rows = await tx.objectStore('activities').index('byOrigin').getAll(ORIGIN);
  return parseRows(activitySchema, 'activities', rows, []).filter((touch) => touch.mergedInto !== undefined);
}

function loggedTouch(row: unknown): Activity {
  const touch = parseRow(activitySchema, 'activities', row, []);
  if (!touch) throw notFound('Touchline has no such logged touch: it may already have been undone.');
  if (touch.origin !== ORIGIN) {
    throw invalid('Only touches logged in Touchline can be changed or undone; this one was read from the CRM.');
  }
  return touch;
}

/** Whether an edit takes the touch to another channel, direction or day, where its merge may no longer hold. */
function movedAway(before: Activity, after: Activity, timeZone: string): boolean {
  if (before.channel !== after.channel || before.direction !== after.direction) return true;
  if (!before.timestamp || !after.timestamp) return before.timestamp !== after.timestamp;
  return zonedDay(before.timestamp, timeZone) !== zonedDay(after.timestamp, timeZone);
}
