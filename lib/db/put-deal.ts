import type { IDBPTransaction } from 'idb';
import type { Deal } from '../schema/record';
import type { StoreName, TouchlineSchema } from './schema';

/** The stores a transaction that writes deals must include (the per-stage summaries are kept with them). */
export const DEAL_WRITE_STORES = ['deals'] as const satisfies readonly StoreName[];

/** Writes one deal; every writer of deals (page readings, backup import, CSV import) goes through here. */
export async function putDeal(
  tx: IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>,
  deal: Deal,
): Promise<void> {
  await tx.objectStore('deals').put(deal);
}
