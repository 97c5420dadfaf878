import { useCallback, useEffect, useState } from 'preact/hooks';
import { BackupError } from '../../../lib/backup/errors';
import { backupFileName, exportBackup } from '../../../lib/backup/export-backup';
import { type ImportReport, importBackup } from '../../../lib/backup/import-backup';
import { countScope, eraseScope } from '../../../lib/db/erase';
import { type EraseScope, type StoredAccount, storedAccounts } from '../../../lib/db/erase-scopes';
import { TouchlineError } from '../../../lib/db/errors';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { countsText, leftOutText } from './counts-text';
import type { DataDeps } from './data-deps';

export interface PendingErase {
  scope: EraseScope;
  /** "everything Touchline stores", "HubSpot 4412345", … */
  what: string;
  counts: string;
}

export interface Progress {
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}

/** What the status line says while an action runs. */
const WORKING = {
  export: 'Exporting…',
  import: 'Importing…',
  count: 'Counting what would be erased…',
  erase: 'Erasing…',
} as const;

/** The data section's state and actions: the component only renders them. */
export function useDataSection(deps: DataDeps) {
  const [accounts, setAccounts] = useState<StoredAccount[] | null>(null);
  const [usage, setUsage] = useState<number | undefined>(undefined);
  const [pending, setPending] = useState<PendingErase | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  /** The words of the action under way; the others wait for it (an erase in the middle of an import mixes the two). */
  const [busy, setBusy] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const db = await deps.db();
    const [stored, used] = await Promise.all([storedAccounts(db), deps.usage().catch(() => undefined)]);
    setAccounts(stored);
    setUsage(used);
  }, [deps]);

  useEffect(() => {
    refresh().catch(fail);
  }, [refresh]);

  function fail(cause: unknown) {
    setProgress(null);
    const known = cause instanceof BackupError || cause instanceof TouchlineError;
    if (!known) console.error('Touchline: data section', cause);
    setError(known ? cause.message : 'Something went wrong; nothing was changed. Reload the page and try again.');
  }

  /**
   * Runs one action, the buttons disabled meanwhile: earlier messages cleared, what it does said
   * while it runs, failures shown in words.
   */
  const run = (doing: string, action: () => Promise<void>) => () => {
    setBusy(doing);
    setError(null);
    setStatus(null);
    action()
      .catch(fail)
      .finally(() => setBusy(null));
  };

  return {
    accounts,
    usage,
    pending,
    status,
    error,
    progress,
    report,
    busy,
    exportJson: run(WORKING.export, async () => {
      const [db, settings] = await Promise.all([deps.db(), deps.loadSettings()]);
      const now = deps.now();
      const { blob, rows, leftOut } = await exportBackup(db, settings, now);
      deps.save(blob, backupFileName(now, settings.timeZone));
      const exported = `Exported ${rows.toLocaleString('en-US')} rows.`;
      const damaged = leftOutText(leftOut);
      setStatus(damaged ? `${exported} ${damaged}` : exported);
    }),
    exportCsv: run(WORKING.export, async () => {
      const [db, settings] = await Promise.all([deps.db(), deps.loadSettings()]);
      const files = await loggedTouchesCsv(db, settings.timeZone, deps.now());
      for (const file of files) deps.save(new Blob([file.text], { type: 'text/csv' }), file.fileName);
      setStatus(
        files.length === 0
          ? 'There are no touches logged in Touchline that your CRM does not show already.'
          : `Saved ${files.map((f) => `${f.fileName} (${f.rows})`).join(', ')}.`,
      );
    }),
    importFile: (file: File) =>
      run(WORKING.import, async () => {
        setReport(null);
        const [db, settings] = await Promise.all([deps.db(), deps.loadSettings()]);
        const result = await importBackup(db, file, {
          now: deps.now(),
          timeZone: settings.timeZone,
          retentionDays: settings.retentionDays,
          saveSettings: deps.restoreSettings,
          yourNames: async () => (await deps.loadSettings()).yourNames,
          onProgress: (phase, done, total) => setProgress({ phase, done, total }),
        });
        setProgress(null);
        setReport(result);
        await refresh();
      })(),
    askErase: (scope: EraseScope, what: string) =>
      run(WORKING.count, async () => {
        const counts = await countScope(await deps.db(), scope);
        setPending({ scope, what, counts: countsText(counts) });
      })(),
    cancelErase: () => setPending(null),
    confirmErase: run(WORKING.erase, async () => {
      if (!pending) return;
      setPending(null);
      const erased = await eraseScope(await deps.db(), pending.scope);
      setStatus(`Erased ${countsText(erased)}.`);
      await refresh();
    }),
  };
}
