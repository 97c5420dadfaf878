import type { ReadOk } from '../schema/read-result';
import { ACTIVITY_WRITE_STORES } from './activity-packs';
import { DEAL_WRITE_STORES } from './put-deal';
import type { ContactData } from './reads';
import { keptReadings } from './retention-reading';
import type { InvalidRow } from './rows';
import { saveBatch } from './save-batch';
import type { TouchlineDb } from './schema';
import { runTransaction } from './transaction';

export interface SaveSummary {
  recordKey: string;
  /** Activities the cache did not have before. */
  added: number;
  /** Stored activities this reading changed (new keys, filled fields). */
  updated: number;
  /** Keys of logged touches merged into a page touch by this reading. */
  mergedLogged: string[];
  /** Stored rows that failed validation; a page copy replaces one with the same key. */
  invalid: InvalidRow[];
  /**
   * For a contact reading: the contact and its activities as reading them once this save has
   * committed finds them (readContactData), so the answer's view needs no second transaction.
   */
  saved?: ContactData;
}

export interface PageReading {
  result: ReadOk;
  /** When the page was read. */
  now: Date;
  /** The user's zone (their setting): it decides which page touch is "the same day" as a logged one. */
  timeZone: string;
  /**
   * The zone the page was read in, which decides the printed date in the keys of date-only items.
   * The content script reads pages in the browser's zone, which the background shares, so it
   * defaults to that; tests and `inspect` name it.
   */
  pageTimeZone?: string;
  /** Activities older than this many days are not stored (retention; see keptReadings). */
  retentionDays?: number;
  /** The user's name in the page's CRM (a setting): the owner of the items the page credits to "You". */
  yourName?: string;
}

/**
 * Saves one page reading in a single transaction, merging into what is stored: nothing a page
 * no longer shows is dropped (timelines paginate), logged touches are never overwritten, and
 * saving the same reading again changes nothing. Resolves once the transaction has committed.
 */
export async function saveReading(
  db: TouchlineDb,
  result: ReadOk,
  now: Date,
  timeZone: string,
  pageTimeZone?: string,
): Promise<SaveSummary> {
  const [summary] = await saveReadings(db, [{ result, now, timeZone, ...(pageTimeZone ? { pageTimeZone } : {}) }]);
  return summary as SaveSummary;
}

/**
 * Saves several readings, in order, in one transaction: one commit for a burst of readings
 * (many tabs, an import) instead of one each. All or nothing, like a single save.
 */
export function saveReadings(db: TouchlineDb, readings: readonly PageReading[]): Promise<SaveSummary[]> {
  return runTransaction(
    db,
    // The undo marks: a fold notes on them the record they go with (fold-person.ts).
    ['contacts', 'undoneTouches', ...ACTIVITY_WRITE_STORES, ...DEAL_WRITE_STORES],
    'readwrite',
    'save',
    async (tx) => saveBatch(tx, await keptReadings(tx, readings)),
  );
}
