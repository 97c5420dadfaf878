import type { IDBPTransaction } from 'idb';
import { updateActivityPacks } from '../db/activity-packs';
import { UNDO_STORES, withoutLoggedTouch } from '../db/logged-touch-changes';
import { ORIGIN } from '../db/logged-touches';
import type { MergeClock } from '../db/page-touch';
import { parseRow } from '../db/rows';
import type { StoreName, TouchlineDb, TouchlineSchema } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { type Activity, activitySchema } from '../schema/activity';
import { undoneTouchSchema } from '../schema/undone-touch';
import { userFieldsOnMergedCopies } from './merged-copy-fields';
import { mergesSeenBeforeLogged } from './merges-seen-before-logged';
import { mergeOpenLogged } from './open-logged-merge';

type UndoTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;

/** What the import's chunks wrote that the merges with page touches depend on. */
export interface ImportedTouches {
  /** Logged touches written, and the stored copies they replaced (index for index; undefined: new). */
  logged: Activity[];
  replaced: (Activity | undefined)[];
  /** Channel-and-day slots (loggedSlots) of every activity written or replaced. */
  slots: Set<string>;
  /** Keys of the undo marks written. */
  undone: string[];
}

/**
 * Once every row is in, in one transaction: logged touches undone after their last edit, by a mark
 * the file brought or one stored here, are undone (withoutLoggedTouch); the page copies of the
 * written logged touches take the users' fields (userFieldsOnMergedCopies; a page copy may arrive
 * in a later chunk than its logged touch), merges with a page touch first seen before the touch
 * was logged are undone (mergesSeenBeforeLogged), then the logged touches still unmerged meet the
 * page touches the other cache saw (mergeOpenLogged), and the packs follow. Gives the keys of the
 * logged touches undone.
 */
export async function mergeAfterImport(
  db: TouchlineDb,
  imported: ImportedTouches,
  clock: MergeClock,
): Promise<ReadonlySet<string>> {
  if (imported.logged.length === 0 && imported.slots.size === 0 && imported.undone.length === 0) return new Set();
  return runTransaction(db, UNDO_STORES, 'readwrite', 'save', async (tx) => {
    const gone = await undoneSinceEdit(tx, [...imported.undone, ...imported.logged.map((touch) => touch.key)]);
    for (const touch of gone) await undo(tx, touch, imported, clock);
    const undone = new Set(gone.map((touch) => touch.key));
    const written = imported.logged.flatMap((touch, i) => (undone.has(touch.key) ? [] : [i]));
    const copies = await userFieldsOnMergedCopies(
      tx,
      written.map((i) => imported.replaced[i]),
      written.map((i) => imported.logged[i] as Activity),
    );
    const unmerged = await mergesSeenBeforeLogged(tx, imported.slots, clock);
    const merges = await mergeOpenLogged(tx, new Set([...imported.slots, ...unmerged.slots]), clock);
    await updateActivityPacks(
      tx,
      [...copies.before, ...unmerged.before, ...merges.before],
      [...copies.after, ...unmerged.after, ...merges.after],
    );
    return undone;
  });
}

/**
 * Undoes a logged touch as stored now. One this import wrote gave its page copies nothing yet:
 * what they hold is the stored copy's before the import, which is what goes (none for a new row;
 * taking the file's copy's outcome off would take the page's own when the two are alike).
 */
async function undo(tx: UndoTx, touch: Activity, imported: ImportedTouches, clock: MergeClock): Promise<void> {
  const i = imported.logged.findIndex((written) => written.key === touch.key);
  if (i === -1) return withoutLoggedTouch(tx, touch, clock);
  const before = imported.replaced[i];
  if (before) await withoutLoggedTouch(tx, before, clock);
  else await tx.objectStore('activities').delete(touch.key);
  await updateActivityPacks(tx, [touch], []);
}

/** The stored logged touches among `keys` whose undo mark is no older than their last edit. */
async function undoneSinceEdit(tx: UndoTx, keys: readonly string[]): Promise<Activity[]> {
  const gone: Activity[] = [];
  for (const key of new Set(keys)) {
    const mark = parseRow(undoneTouchSchema, 'undoneTouches', await tx.objectStore('undoneTouches').get(key), []);
    if (!mark) continue;
    const touch = parseRow(activitySchema, 'activities', await tx.objectStore('activities').get(key), []);
    const edited = touch && Date.parse(touch.updatedAt ?? touch.loggedAt ?? '');
    if (touch?.origin === ORIGIN && !(edited && edited > Date.parse(mark.undoneAt))) gone.push(touch);
  }
  return gone;
}
