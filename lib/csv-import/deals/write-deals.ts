import { sameJson } from '../../db/objects';
import { DEAL_WRITE_STORES, putDeal } from '../../db/put-deal';
import { parseRow } from '../../db/rows';
import type { TouchlineDb } from '../../db/schema';
import { runTransaction } from '../../db/transaction';
import { recordKeyOf } from '../../keys';
import type { Crm } from '../../schema/activity';
import type { DealImportRow } from '../../schema/deal-import';
import { type Deal, dealSchema } from '../../schema/record';
import { dealFromExport } from './to-deal';

export interface DealBatchCounts {
  /** Deals the cache did not hold. */
  added: number;
  /** Deals it held: unchanged, or merged with the export's stage entries. */
  existing: number;
}

/**
 * Writes one batch of exported deals in one transaction, each through putDeal so the per-stage
 * summaries stay right, one after another (a deal twice in a file meets its first copy). A deal
 * the import would not change is not written, so importing a file again writes nothing.
 */
export function writeDealBatch(
  db: TouchlineDb,
  rows: readonly DealImportRow[],
  account: { crm: Crm; tenant: string },
  now: Date,
): Promise<DealBatchCounts> {
  return runTransaction(db, [...DEAL_WRITE_STORES], 'readwrite', 'save', async (tx) => {
    const counts: DealBatchCounts = { added: 0, existing: 0 };
    for (const row of rows) {
      const key = recordKeyOf(account.crm, account.tenant, 'deal', row.id);
      const stored = parseRow(dealSchema, 'deals', await tx.objectStore('deals').get(key), [], key);
      const next = dealFromExport(row, account.crm, account.tenant, stored, now);
      counts[stored ? 'existing' : 'added'] += 1;
      if (!stored || !sameJson(canonical(stored), canonical(next))) await putDeal(tx, next);
    }
    return counts;
  });
}

/** Key order does not make two deals different. */
function canonical(deal: Deal): unknown {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => [k, sorted(v)]),
      );
    return value;
  };
  return sorted(deal);
}
