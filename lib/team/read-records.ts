import type * as z from 'zod/mini';
import { type InvalidRow, parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { type StageSummary, stageSummarySchema } from '../db/stage-summary-schema';
import { eachRequest, runTransaction } from '../db/transaction';
import { type Contact, contactSchema, type Deal, dealSchema } from '../schema/record';
import type { Account } from './accounts';
import { append, inSlices, SLICE_ROWS } from './slices';

/** Every stored row of one store for the given accounts, through its tenant index, parsed in slices that yield. */
async function readOfAccounts<T>(
  db: TouchlineDb,
  store: 'deals' | 'contacts',
  schema: z.ZodMiniType<T>,
  accounts: readonly Account[],
  invalid: InvalidRow[],
): Promise<T[]> {
  const rows = await runTransaction(db, [store], 'readonly', 'read', (tx) =>
    eachRequest(accounts, (a) => tx.objectStore(store).index('byTenant').getAll([a.crm, a.tenant])),
  );
  const parsed: T[] = [];
  await inSlices(rows.flat(), SLICE_ROWS, (slice) => {
    append(parsed, parseRows(schema, store, [...slice], invalid));
  });
  return parsed;
}

/** Every stored deal of the given accounts. */
export function readDeals(db: TouchlineDb, accounts: readonly Account[], invalid: InvalidRow[]): Promise<Deal[]> {
  return readOfAccounts(db, 'deals', dealSchema, accounts, invalid);
}

/**
 * Every stored contact of the given accounts: a read of its own, so the team page can ask for it
 * while the reps' figures are computed (the contacts are first needed after them).
 */
export function readContacts(db: TouchlineDb, accounts: readonly Account[], invalid: InvalidRow[]): Promise<Contact[]> {
  return readOfAccounts(db, 'contacts', contactSchema, accounts, invalid);
}

/**
 * The per-stage summaries of the given accounts' pipelines (a few rows per pipeline), through the
 * pipeline index: one key range per account, its pipeline keys all starting `["crm","tenant",`.
 * Derived rows: when one no longer parses, none is used and the deals give every typical time.
 */
export async function readSummaries(db: TouchlineDb, accounts: readonly Account[]): Promise<StageSummary[]> {
  const rows = await runTransaction(db, ['stageSummaries'], 'readonly', 'read', (tx) =>
    eachRequest(accounts, (a) => {
      const prefix = `${JSON.stringify([a.crm, a.tenant]).slice(0, -1)},`;
      return tx
        .objectStore('stageSummaries')
        .index('byPipeline')
        .getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    }),
  );
  const damaged: InvalidRow[] = [];
  const parsed = parseRows(stageSummarySchema, 'stageSummaries', rows.flat(), damaged);
  return damaged.length === 0 ? parsed : [];
}
