import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../db/activity-packs';
import type { MergeClock } from '../db/page-touch';
import type { StoreName, TouchlineDb } from '../db/schema';
import { COPY_READ_STORES } from '../db/touch-copies';
import { runTransaction } from '../db/transaction';
import type { Activity } from '../schema/activity';
import { userFieldsOnMergedCopies } from './merged-copy-fields';
import { mergeOpenLogged } from './open-logged-merge';

const STORES = [...new Set<StoreName>([...ACTIVITY_WRITE_STORES, ...COPY_READ_STORES])];

/** What the import's chunks wrote that the merges with page touches depend on. */
export interface ImportedTouches {
  /** Logged touches written, and the stored copies they replaced (index for index; undefined: new). */
  logged: Activity[];
  replaced: (Activity | undefined)[];
  /** Channel-and-day slots (loggedSlot) of every activity written or replaced. */
  slots: Set<string>;
}

/**
 * Once every row is in, in one transaction: the page copies of the written logged touches take the
 * users' fields (userFieldsOnMergedCopies; a page copy may arrive in a later chunk than its logged
 * touch), then the logged touches still unmerged meet the page touches the other cache saw
 * (mergeOpenLogged), and the packs follow.
 */
export async function mergeAfterImport(db: TouchlineDb, imported: ImportedTouches, clock: MergeClock): Promise<void> {
  if (imported.logged.length === 0 && imported.slots.size === 0) return;
  await runTransaction(db, STORES, 'readwrite', 'save', async (tx) => {
    const copies = await userFieldsOnMergedCopies(tx, imported.replaced, imported.logged);
    const merges = await mergeOpenLogged(tx, imported.slots, clock);
    await updateActivityPacks(tx, [...copies.before, ...merges.before], [...copies.after, ...merges.after]);
  });
}
