import type { IDBPTransaction } from 'idb';
import { type Activity, activitySchema } from '../schema/activity';
import { heirsOfFreedCopy } from './freed-page-copy';
import { loggedPeople } from './logged-merge';
import { ORIGIN } from './logged-touches';
import { pageTouchOnEdit } from './merge-on-edit';
import { peopleOfTouch } from './named-copies';
import { rewriteCopiesOf } from './page-copies-rewrite';
import type { MergeClock } from './page-touch';
import type { DealContacts } from './people-of';
import { parseRow, parseRows } from './rows';
import type { StoreName, TouchlineSchema } from './schema';

/** A logged touch whose merge a reading undid, as it was stored merged, and the reading's clock. */
export interface ReleasedMerge {
  touch: Activity;
  clock: MergeClock;
}

/**
 * The logged touches merged into a page copy whose touch, as its copies now name it, is someone
 * else's (metrics.md "Logged in Touchline": a logged touch merges only with a page touch of the
 * same person; peopleOfTouch). A deal timeline's call names no contact, so a call logged on Ana
 * merges with it; when Ben's own page lists that call, it is Ben's, and Ana's logged call a touch
 * of its own, which the CRM never captured. Seen in the other order (Ben's page first), the deal's
 * copy was never Ana's to take: undoing the merge makes the numbers the same either way. A touch
 * logged on a deal may be with any of its contacts (loggedPeople), so it keeps its merge; so does
 * one whose person any copy names (a meeting with Ana and Ben, listed on both their pages).
 * `targets`: the copies the logged touches were merged into, by key, as they are now; `rows`: the
 * other stored and fresh copies of their touches.
 */
export function mergesNamedElsewhere(
  logged: readonly Activity[],
  targets: ReadonlyMap<string, Activity>,
  rows: readonly Activity[],
  dealContacts: DealContacts,
): Activity[] {
  return logged.filter((touch) => {
    const target = touch.mergedInto === undefined ? undefined : targets.get(touch.mergedInto);
    if (!target) return false;
    const people = new Set(loggedPeople(touch, dealContacts));
    return !peopleOfTouch(target, rows, dealContacts).some((key) => people.has(key));
  });
}

type SettleTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;

/**
 * Once a reading's rows are written: each logged touch whose merge it undid (mergesNamedElsewhere,
 * stored unmerged by the reading) merges as if it had been logged now with what is stored
 * (pageTouchOnEdit: a page touch of its own person first seen after it was logged), and the page
 * touch it left goes to a logged touch that meets the rule (heirsOfFreedCopy: one of the person
 * the page now names). Every copy of both takes their user's fields (rewriteCopiesOf). Resolves to
 * the rows before and after, for the packs. The transaction must include the deals store.
 */
export async function settleReleased(
  tx: SettleTx,
  released: readonly ReleasedMerge[],
): Promise<{ before: Activity[]; after: Activity[] }> {
  const before: Activity[] = [];
  const after: Activity[] = [];
  const store = tx.objectStore('activities');
  for (const { touch: was, clock } of released) {
    const touch = parseRow(activitySchema, 'activities', await store.get(was.key), []);
    const pages = new Set<string>();
    if (touch && touch.mergedInto === undefined) {
      // Before 0.7.5 no log time was kept; the touch's last edit is no earlier than its logging.
      const joined = await pageTouchOnEdit(tx, touch, touch.loggedAt ?? touch.updatedAt, clock);
      if (joined) {
        const merged = { ...touch, mergedInto: joined.key };
        await store.put(merged);
        before.push(touch);
        after.push(merged);
        pages.add(joined.key);
      }
    }
    const heirs = await heirsOfFreedCopy(tx, was, clock);
    for (const heir of heirs) {
      const merged = { ...heir, mergedInto: was.mergedInto };
      await store.put(merged);
      before.push(heir);
      after.push(merged);
    }
    if (heirs.length > 0 && was.mergedInto) pages.add(was.mergedInto);
    const holders = parseRows(activitySchema, 'activities', await store.index('byOrigin').getAll(ORIGIN), []).filter(
      (row) => row.mergedInto !== undefined,
    );
    for (const page of pages) {
      const copies = await rewriteCopiesOf(tx, page, undefined, holders);
      before.push(...copies.before);
      after.push(...copies.after);
    }
  }
  return { before, after };
}
