import { exportBackup } from '../../../../lib/backup/export-backup';
import { importBackup } from '../../../../lib/backup/import-backup';
import { saveReading } from '../../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../../lib/db/schema';
import type { Activity } from '../../../../lib/schema/activity';
import { defaultSettings, type Settings } from '../../../../lib/schema/settings';
import { expectedPacks, stalePackIds, storedPacks } from '../../db/pack-oracle';
import { NOW, ZONE } from '../../db/world-readings';

/** two browsers of one rep, in the LA zone, backups carried by hand. */
export const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
export const deps = { now: minutes(30), retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE };
export const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1], at: Date) =>
  saveReading(db, reading, at, ZONE, ZONE);
export const backupOf = async (db: TouchlineDb, at: Date, settings: Settings = defaultSettings(ZONE)) =>
  (await exportBackup(db, settings, at)).blob;
export const carry = async (from: TouchlineDb, to: TouchlineDb, at: Date) =>
  importBackup(to, await backupOf(from, at), { ...deps, now: at });

/** The packs as stored (not stale) and as the rows say they must be. */
export async function packsAndRows(db: TouchlineDb) {
  const stale = await stalePackIds(db);
  // Packs leave out pageOwn too (activity-pack-codec.ts encodeEntry): only the rows' undo reads it.
  const strip = (rows: Activity[]) => rows.map(({ pageOwn: _, ...row }) => row as Activity);
  const expected = new Map(
    [...(await expectedPacks(db))].filter(([id]) => !stale.has(id)).map(([id, rows]) => [id, strip(rows)] as const),
  );
  return { stored: await storedPacks(db), expected };
}
