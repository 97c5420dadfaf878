import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../db/activity-packs';
import { foldImportedPeople } from '../db/fold-imported';
import type { StoredUndoMark } from '../db/folded-undo-marks';
import { type DayZones, loggedSlots } from '../db/logged-day';
import { ORIGIN } from '../db/logged-touches';
import { DEAL_WRITE_STORES, putDeal } from '../db/put-deal';
import { retentionCutoff } from '../db/retention-rule';
import { parseRow } from '../db/rows';
import type { StoreName, TouchlineDb } from '../db/schema';
import { browserTimeZone } from '../db/time-precision';
import { runTransaction } from '../db/transaction';
import { type Activity, activitySchema } from '../schema/activity';
import { nextTask } from '../yield-to-page';
import type { RecordRow } from './format';
import { noImportedPeople, noteImportedPeople } from './imported-people';
import { keptByRetention } from './kept-by-retention';
import { type ImportedTouches, mergeAfterImport } from './merge-after-import';
import { toWrite } from './newer-copy';
import type { OnProgress } from './read-lines';
import { noteReadsBefore, type ReadsBefore } from './reads-before';

export interface WriteCounts {
  added: number;
  /** Already stored as they are, or stored in a newer copy. */
  existing: number;
  /** Stored in an older copy, now replaced. */
  updated: number;
  /** Activities past retention, not stored again. */
  expired: number;
  /** Logged touches the file brought (new or newer) that an undo, in the file or here, undid. */
  undone: number;
}

export interface WriteOptions {
  now: Date;
  /** The user's zone setting and the zone pages are read in (the browser's): see mergeAfterImport. */
  timeZone?: string;
  pageTimeZone?: string;
  retentionDays: number;
  onProgress?: OnProgress;
  /** Rows per transaction: small, so the background's page saves wait for one chunk at most. */
  chunkRows?: number;
}

const WRITE_STORES = [
  ...new Set<StoreName>(['contacts', 'deals', 'undoneTouches', ...ACTIVITY_WRITE_STORES, ...DEAL_WRITE_STORES]),
];

/**
 * Merges checked rows into the cache, a chunk per transaction, records before activities. Deals go
 * through putDeal, which keeps the per-stage summaries in step. Then the people the file brought
 * together are folded into one (foldImportedPeople), and the logged touches meet their page copies
 * (mergeAfterImport).
 */
export async function writeRows(db: TouchlineDb, rows: readonly RecordRow[], options: WriteOptions) {
  const counts: WriteCounts = { added: 0, existing: 0, updated: 0, expired: 0, undone: 0 };
  // How each row the file brought was written: a logged touch undone afterwards moves to `undone`,
  // a row a fold then merged into one already there to what the fold made of it.
  const writtenAs = new Map<string, 'added' | 'updated'>();
  const clock = {
    now: options.now,
    timeZone: options.timeZone ?? browserTimeZone(),
    pageTimeZone: options.pageTimeZone ?? browserTimeZone(),
  };
  const kept = await keptByRetention(db, rows, retentionCutoff(options.now, options.retentionDays), clock);
  counts.expired = rows.length - kept.length;
  const size = options.chunkRows ?? 500;
  const reads: ReadsBefore = new Map();
  const imported: ImportedTouches = { logged: [], replaced: [], slots: new Set(), undone: [] };
  const people = noImportedPeople();
  for (let start = 0; start < kept.length; start += size) {
    const chunk = kept.slice(start, start + size);
    await runTransaction(db, WRITE_STORES, 'readwrite', 'save', async (tx) => {
      const stored = await Promise.all(chunk.map((row) => tx.objectStore(row.store).get(row.value.key)));
      await noteReadsBefore(tx, reads, chunk, stored);
      const writes: Promise<unknown>[] = [];
      const replaced: (Activity | undefined)[] = [];
      const activities: Activity[] = [];
      const kept: Activity[] = [];
      chunk.forEach((row, i) => {
        noteImportedPeople(people, row, stored[i]);
        const { decision, row: written } = toWrite(stored[i], row, clock, reads);
        const counted = decision === 'keep' ? 'existing' : decision === 'add' ? 'added' : 'updated';
        counts[counted] += 1;
        if (counted !== 'existing' && (written.store === 'activities' || written.store === 'contacts'))
          writtenAs.set(written.value.key, counted);
        if (decision === 'keep') {
          const same = row.store === 'activities' && parseRow(activitySchema, 'activities', stored[i], []);
          if (same) kept.push(same);
          return;
        }
        if (written.store === 'deals') writes.push(putDeal(tx, written.value));
        else if (written.store === 'contacts') writes.push(tx.objectStore('contacts').put(written.value));
        else if (written.store === 'undoneTouches') {
          // A newer undo of the touch still goes with the record its record was folded into.
          const folded = (stored[i] as StoredUndoMark | undefined)?.foldedInto;
          writes.push(
            tx.objectStore('undoneTouches').put(folded ? { ...written.value, foldedInto: folded } : written.value),
          );
          imported.undone.push(written.value.key);
        } else {
          writes.push(tx.objectStore('activities').put(written.value));
          replaced.push(parseRow(activitySchema, 'activities', stored[i], [], written.value.key));
          activities.push(written.value);
        }
      });
      // Rows kept as stored are noted too: an import cut off before its last step, imported again,
      // still merges its touches (mergeAfterImport is idempotent).
      noteImported(imported, [...replaced, ...kept], [...activities, ...kept], clock);
      // The owner/day packs follow the activities, in the same transaction.
      await Promise.all([...writes, updateActivityPacks(tx, replaced, activities)]);
    });
    options.onProgress?.(Math.min(start + size, kept.length), kept.length);
    await nextTask();
  }
  // Before the logged touches meet their page copies: a folded person's are one person's.
  const folded = await runTransaction(db, WRITE_STORES, 'readwrite', 'save', (tx) =>
    foldImportedPeople(tx, people, clock.pageTimeZone),
  );
  imported.logged = imported.logged.map((touch) => folded.logged.get(touch.key) ?? touch);
  for (const [key, outcome] of folded.rows) {
    const counted = writtenAs.get(key);
    if (!counted) continue;
    counts[counted] -= 1;
    counts[outcome] += 1;
    writtenAs.delete(key);
  }
  for (const key of await mergeAfterImport(db, imported, clock)) {
    const counted = writtenAs.get(key);
    if (!counted) continue;
    counts[counted] -= 1;
    counts.undone += 1;
  }
  return counts;
}

function noteImported(
  imported: ImportedTouches,
  replaced: readonly (Activity | undefined)[],
  written: readonly Activity[],
  zones: DayZones,
): void {
  written.forEach((row, i) => {
    const old = replaced[i];
    for (const slot of [...loggedSlots(row, zones), ...(old ? loggedSlots(old, zones) : [])]) imported.slots.add(slot);
    if (row.origin !== ORIGIN) return;
    imported.logged.push(row);
    imported.replaced.push(old);
  });
}
