import { type ImportMarks, importMarks } from '../db/activity-pack-marks';
import { type ImportWriteSummary, importActivities, keysWereStored } from '../db/import-activities';
import type { DealsOfAccounts } from '../db/import-buckets';
import type { TouchlineDb } from '../db/schema';
import type { Activity } from '../schema/activity';

export interface BatchWriter {
  marks: ImportMarks;
  write(rows: Activity[]): Promise<ImportWriteSummary>;
}

/**
 * Writes one import's batches into the cache. Until a batch meets a key already stored, rows are
 * not read by key (importActivities `keysNew`: a first import into a cache without them, where
 * those reads were a tenth of the import); that batch is written again reading them, and so is
 * every later one (a re-import, or rows the pages already read). `now` is the import's clock (what
 * a done row dated after it is: importActivities).
 */
export function batchWriter(db: TouchlineDb, timeZone: string, now?: Date): BatchWriter {
  const marks = importMarks();
  // Who is on which deal, read by the first batch that needs it: every batch of 250 rows reading
  // all of an account's deals would cost more than its own rows.
  const dealsOfAccounts: DealsOfAccounts = new Map();
  let keysNew = true;
  const write = async (rows: Activity[]) => {
    if (keysNew) {
      try {
        return await importActivities(db, rows, timeZone, { marks, keysNew, dealsOfAccounts, now });
      } catch (error) {
        if (!keysWereStored(error)) throw error;
        keysNew = false;
      }
    }
    return importActivities(db, rows, timeZone, { marks, dealsOfAccounts, now });
  };
  return { marks, write };
}
