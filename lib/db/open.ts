import { openDB } from 'idb';
import { storageError } from './errors';
import { type ReportInvalid, upgrade } from './migrations';
import { DB_VERSION, type TouchlineDb, type TouchlineSchema } from './schema';
import { browserTimeZone } from './time-precision';

export interface OpenOptions {
  /** Told about rows an upgrade found invalid (they are kept as they are). */
  onInvalid?: ReportInvalid;
  /** Tests open older versions to prove the upgrade path; the extension always opens DB_VERSION. */
  version?: number;
  /** The zone pages were read in, for re-keying date-only items; the browser's own by default. */
  pageTimeZone?: string;
}

export async function openTouchlineDb(name = 'touchline', options: OpenOptions = {}): Promise<TouchlineDb> {
  const report: ReportInvalid = options.onInvalid ?? ((rows) => console.warn('Touchline: invalid stored rows', rows));
  try {
    return await openDB<TouchlineSchema>(name, options.version ?? DB_VERSION, {
      upgrade: (database, oldVersion, newVersion, tx) =>
        upgrade(database, oldVersion, newVersion, tx, {
          report,
          pageTimeZone: options.pageTimeZone ?? browserTimeZone(),
        }),
      // A newer Touchline (after an update) is waiting to upgrade: let it, this connection is stale.
      blocking: (_current, _blocked, event) => (event.target as IDBDatabase).close(),
    });
  } catch (error) {
    throw storageError(error, 'open');
  }
}
