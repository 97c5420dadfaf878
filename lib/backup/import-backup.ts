import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { applyYourNames } from '../db/your-touches';
import { type Settings, settingsSchema } from '../schema/settings';
import { restoreMappings } from './column-mappings';
import { type ParsedBackup, parseBackup } from './parse-backup';
import type { OnProgress } from './read-lines';
import { clearRestorePending, isRestorePending, noteRestoreStarted } from './restore-pending';
import { type WriteCounts, writeRows } from './write-rows';

export interface ImportReport extends WriteCounts {
  /** The backup's settings were applied (only in a restore into an empty cache; see importBackup). */
  settingsRestored: boolean;
}

export interface ImportDeps {
  now: Date;
  /** The user's zone setting (the day a logged touch is on); the browser's if not given. */
  timeZone?: string;
  /** The zone pages were read in; the browser's if not given. */
  pageTimeZone?: string;
  /** The retention in use; a restore into an empty cache uses the backup's own (see retentionOf). */
  retentionDays: number;
  /** Stores the backup's settings (as exported: the caller checks them field by field). */
  saveSettings?: (settings: Record<string, unknown>) => Promise<unknown>;
  /** The user's names in each CRM in use after the import: the user's own touches are given them. */
  yourNames?: () => Promise<Settings['yourNames']>;
  /** Reading the file, then writing it: each reports its own progress. */
  onProgress?: (phase: 'reading' | 'writing', done: number, total: number) => void;
}

/**
 * Imports a backup file: checks it whole first (parseBackup throws a BackupError and nothing
 * changes), then merges its rows. A restore (into an empty cache: a new browser, or after erasing
 * everything) also brings back the backup's settings and remembered column mappings; in a merge,
 * settings may be older than the ones in use and carry no edit time to tell, so they stay, and a
 * mapping is taken only for an account with none (restoreMappings). The restore is decided before
 * anything is written and its settings saved first: one cut off while writing rows leaves the
 * backup's retention in force, and importing the same file again finishes it (restore-pending.ts).
 */
export async function importBackup(db: TouchlineDb, file: Blob, deps: ImportDeps): Promise<ImportReport> {
  const parsed = await parseBackup(file, progress(deps, 'reading'));
  const restore = (await isEmpty(db)) || (await isRestorePending(parsed.header));
  const settingsRestored = restore && parsed.settings !== undefined && deps.saveSettings !== undefined;
  if (restore) await noteRestoreStarted(parsed.header);
  if (settingsRestored && parsed.settings) await deps.saveSettings?.(parsed.settings);
  await restoreMappings(parsed.mappings, restore);
  const counts = await writeRows(db, parsed.rows, {
    now: deps.now,
    timeZone: settingsRestored ? timeZoneOf(parsed, deps.timeZone) : deps.timeZone,
    pageTimeZone: deps.pageTimeZone,
    retentionDays: settingsRestored ? retentionOf(parsed, deps.retentionDays) : deps.retentionDays,
    onProgress: progress(deps, 'writing'),
  });
  // The backup's touches carry the names of the machine it was made on.
  if (deps.yourNames) await applyYourNames(db, { yourNames: await deps.yourNames() });
  await clearRestorePending();
  return { ...counts, settingsRestored };
}

function progress(deps: ImportDeps, phase: 'reading' | 'writing'): OnProgress | undefined {
  const report = deps.onProgress;
  return report && ((done, total) => report(phase, done, total));
}

/**
 * The retention a restore writes the rows under: the backup's own, which its settings bring
 * back, where it is valid; else the one in use. Rows dropped under the new browser's retention,
 * shorter than the restored one, would be gone for good.
 */
function retentionOf({ settings }: ParsedBackup, inUse: number): number {
  const own = settingsSchema.shape.retentionDays.safeParse(settings?.retentionDays);
  return own.success ? own.data : inUse;
}

/** The zone setting a restore brings back, where it is valid (days of logged touches are in it); else the one in use. */
function timeZoneOf({ settings }: ParsedBackup, inUse: string | undefined): string | undefined {
  const own = settingsSchema.shape.timeZone.safeParse(settings?.timeZone);
  return own.success ? own.data : inUse;
}

async function isEmpty(db: TouchlineDb): Promise<boolean> {
  const counts = await runTransaction(db, ['contacts', 'deals', 'activities'], 'readonly', 'read', (tx) =>
    Promise.all([
      tx.objectStore('contacts').count(),
      tx.objectStore('deals').count(),
      tx.objectStore('activities').count(),
    ]),
  );
  return counts.every((count) => count === 0);
}
