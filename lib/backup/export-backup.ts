import { DB_VERSION, type StoreName, type TouchlineDb } from '../db/schema';
import { browserTimeZone } from '../db/time-precision';
import type { Settings } from '../schema/settings';
import { mappingRows } from './column-mappings';
import { BackupError } from './errors';
import {
  BACKUP_END,
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  type BackupHeader,
  backupRowSchema,
  type RecordRow,
} from './format';
import { mergeTargetsLeftOut } from './merge-targets-left-out';
import { storeChunks } from './store-chunks';

/** The stores a backup holds, records before the activities that point at them, then the undo marks. */
const STORES = ['contacts', 'deals', 'activities', 'undoneTouches'] as const satisfies readonly (StoreName &
  RecordRow['store'])[];

/** How many stored rows of each store were left out of a backup as damaged; a store with none is absent. */
export type LeftOutRows = Partial<Record<(typeof STORES)[number], number>>;

export interface ExportedBackup {
  blob: Blob;
  /** Rows written, header and end line not counted. */
  rows: number;
  /** Stored rows that fail their schema, left out (see exportBackup). */
  leftOut: LeftOutRows;
}

/**
 * Everything Touchline stores, as one JSON Lines file (decisions.md "Backups"): the header, the
 * settings, the CSV column mappings remembered per CRM account, every contact, deal (stage history
 * inside) and activity (logged touches with their `mergedInto`, and every page copy one names, even
 * one saved while the export ran: mergeTargetsLeftOut) and the marks of undone logged touches,
 * then an end line with the row count. A stored row that fails the schema the import checks it
 * with (one an older Touchline left, kept by the version 2 upgrade and skipped by every read) is
 * left out and counted in `leftOut`: the import refuses a whole file with one such row, so
 * writing it would put every other row of the backup out of reach.
 */
export async function exportBackup(db: TouchlineDb, settings: Settings, now: Date): Promise<ExportedBackup> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    databaseVersion: DB_VERSION,
    pageTimeZone: browserTimeZone(),
  };
  const mappings = await mappingRows();
  const lines = [line(header), line({ store: 'settings', value: settings }), ...mappings.map(line)];
  let rows = 1 + mappings.length;
  const leftOut: LeftOutRows = {};
  // Activity keys met (written, or left out as invalid: counted once), and the page copies logged
  // touches were merged into (mergeTargetsLeftOut).
  const met = new Set<string>();
  const targets = new Set<string>();
  const add = (store: (typeof STORES)[number], value: unknown) => {
    if (store === 'activities') met.add(keyOf(value));
    const row = backupRowSchema.safeParse({ store, value });
    if (!row.success) {
      leftOut[store] = (leftOut[store] ?? 0) + 1;
      return;
    }
    // The stored value as it is, once it passes: the file holds exactly the stored rows.
    lines.push(line({ store, value }));
    rows += 1;
    if (row.data.store === 'activities' && row.data.value.mergedInto) targets.add(row.data.value.mergedInto);
  };
  for (const store of STORES) {
    for await (const chunk of storeChunks(db, store)) {
      for (const value of chunk) add(store, value);
    }
    if (store === 'activities') {
      for (const value of await mergeTargetsLeftOut(db, targets, met)) add(store, value);
    }
  }
  lines.push(line({ format: BACKUP_END, rows }));
  const blob = new Blob(lines, { type: 'application/x-ndjson' });
  if (blob.size > BACKUP_MAX_BYTES) {
    throw new BackupError(
      'Touchline holds more than a backup file may carry (200 MB): erase an old CRM account first.',
    );
  }
  return { blob, rows, leftOut };
}

function line(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** `touchline-backup-2026-11-20.jsonl`, dated in the user's zone. */
export function backupFileName(now: Date, timeZone: string): string {
  return `touchline-backup-${now.toLocaleDateString('en-CA', { timeZone })}.jsonl`;
}

/** A stored row's key, as far as a row that fails its schema has one (its key path is `key`). */
function keyOf(value: unknown): string {
  const key = (value as { key?: unknown } | null)?.key;
  return typeof key === 'string' ? key : '';
}
