import type { TouchlineDb } from '../db/schema';
import { runTransaction } from '../db/transaction';
import { applyYourNames } from '../db/your-touches';
import { type Settings, settingsSchema } from '../schema/settings';
import { parseBackup } from './parse-backup';
import type { OnProgress } from './read-lines';
import { type WriteCounts, writeRows } from './write-rows';

export interface ImportReport extends WriteCounts {
  /** Rows left out because they failed their schema. */
  invalid: number;
  /** Why, for the first few. */
  reasons: string[];
  /** The backup's settings were applied (only into an empty cache; see importBackup). */
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

const REASONS_SHOWN = 5;

/**
 * Imports a backup file: checks it whole first (parseBackup throws a BackupError and nothing
 * changes), then merges its rows. The backup's settings are applied only when the cache was
 * empty (a new browser, or after erasing everything): in a merge, they may be older than the
 * ones in use, and settings carry no edit time to tell.
 */
export async function importBackup(db: TouchlineDb, file: Blob, deps: ImportDeps): Promise<ImportReport> {
  const parsed = await parseBackup(file, progress(deps, 'reading'));
  const empty = await isEmpty(db);
  const restore = empty && parsed.settings !== undefined && deps.saveSettings !== undefined;
  const counts = await writeRows(db, parsed.rows, {
    now: deps.now,
    timeZone: restore ? timeZoneOf(parsed.settings, deps.timeZone) : deps.timeZone,
    pageTimeZone: deps.pageTimeZone,
    retentionDays: restore ? retentionOf(parsed.settings, deps.retentionDays) : deps.retentionDays,
    onProgress: progress(deps, 'writing'),
  });
  if (restore && parsed.settings) await deps.saveSettings?.(parsed.settings);
  // The backup's touches carry the names of the machine it was made on.
  if (deps.yourNames) await applyYourNames(db, { yourNames: await deps.yourNames() });
  return {
    ...counts,
    invalid: parsed.invalid.length,
    reasons: parsed.invalid.slice(0, REASONS_SHOWN).map((row) => `Line ${row.line}: ${row.reason}`),
    settingsRestored: restore,
  };
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
function retentionOf(settings: Record<string, unknown> | undefined, inUse: number): number {
  const own = settingsSchema.shape.retentionDays.safeParse(settings?.retentionDays);
  return own.success ? own.data : inUse;
}

/** The zone setting a restore brings back, where it is valid (days of logged touches are in it); else the one in use. */
function timeZoneOf(settings: Record<string, unknown> | undefined, inUse: string | undefined): string | undefined {
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
