import { countScope, eraseScope } from '../db/erase';
import { notFound } from '../db/errors';
import type { TouchlineDb } from '../db/schema';
import type { ErasedResponse } from '../messaging/protocol';

/**
 * Erases one record from the panel's menu: the record, its own activities and logged touches, and
 * its key from activities it shares (eraseScope); with `dryRun`, only what would go. A record
 * Touchline never stored is reported.
 */
export async function eraseStoredRecord(db: TouchlineDb, recordKey: string, dryRun = false): Promise<ErasedResponse> {
  const scope = { kind: 'record', recordKey } as const;
  const erased = dryRun ? await countScope(db, scope) : await eraseScope(db, scope);
  if (erased.contacts + erased.deals + erased.activities + erased.logged === 0) {
    throw notFound('Touchline has nothing stored for this record.');
  }
  return { ok: true, erased };
}
