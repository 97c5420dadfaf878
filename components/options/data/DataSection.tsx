import { useLayoutEffect, useRef } from 'preact/hooks';
import { CRM_NAMES } from '../../../lib/crm-names';
import './data.css';
import type { EraseScope, StoredAccount } from '../../../lib/db/erase-scopes';
import { ConfirmDialog } from './ConfirmDialog';
import { sizeText } from './counts-text';
import { browserDataDeps, type DataDeps } from './data-deps';
import { EraseRecordForm } from './EraseRecordForm';
import { ImportReport } from './ImportReport';
import { StoredTable } from './StoredTable';
import { useDataSection } from './use-data-section';

/** "Your data" on the options page: what is stored, export, import and erase. */
export function DataSection({ deps = browserDataDeps }: { deps?: DataDeps }) {
  const data = useDataSection(deps);
  const statusLine = useRef<HTMLDivElement>(null);
  // The control an erase was asked from: the confirmation gives focus back to it when it closes,
  // though the status line held focus while the counts were read (the busy effect below).
  const opener = useRef<HTMLElement | null>(null);
  const askErase = (scope: EraseScope, what: string, from: HTMLElement | null) => {
    opener.current = from;
    data.askErase(scope, what);
  };
  const eraseAccount = (a: StoredAccount, from: HTMLElement) =>
    askErase(
      { kind: 'account', crm: a.crm, tenant: a.tenant },
      `everything from ${CRM_NAMES[a.crm]} ${a.tenant}`,
      from,
    );
  const busy = data.busy !== null;
  const section = useRef<HTMLElement>(null);
  // The button pressed is disabled while the work runs, which drops focus onto the page: it goes to
  // the line that says what is happening, and then what happened.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (busy && (focused === document.body || section.current?.contains(focused))) statusLine.current?.focus();
  }, [busy]);
  return (
    <section ref={section} class="tl-opt-section" aria-labelledby="tl-data-heading">
      <h2 id="tl-data-heading">Your data</h2>
      {/* aria-busy on what the work changes, not on the status line: readers may hold back a busy region's news. */}
      <div aria-busy={busy ? 'true' : undefined}>
        <p class="tl-opt-hint">
          Touchline keeps what it reads in this browser only (IndexedDB), and sends nothing anywhere.
          {data.usage !== undefined && <span data-storage-used={data.usage}> Space used: {sizeText(data.usage)}.</span>}
        </p>
        {data.accounts ? (
          <StoredTable accounts={data.accounts} onErase={eraseAccount} disabled={busy} />
        ) : (
          <p>Counting…</p>
        )}

        <h3>Export</h3>
        <div class="tl-opt-buttons">
          <button type="button" data-action="export-json" disabled={busy} onClick={data.exportJson}>
            Export everything (backup file)
          </button>
          <button type="button" data-action="export-logged-csv" disabled={busy} onClick={data.exportCsv}>
            Export touches logged in Touchline (CSV per CRM)
          </button>
        </div>

        <h3>Import</h3>
        <label class="tl-opt-file">
          Import a backup file{' '}
          <input
            type="file"
            accept=".jsonl,.json,application/x-ndjson"
            data-action="import-json"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) data.importFile(file);
            }}
          />
        </label>
        {data.progress && (
          <p>
            <label>
              {data.progress.phase === 'reading' ? 'Checking the file' : 'Importing'}{' '}
              <progress max={data.progress.total} value={data.progress.done} data-import-progress />
            </label>
          </p>
        )}
        {data.report && <ImportReport report={data.report} />}

        <h3>Erase</h3>
        <div class="tl-opt-buttons">
          <button
            type="button"
            class="tl-opt-danger"
            data-action="erase-all"
            disabled={busy}
            onClick={(event) => askErase({ kind: 'all' }, 'everything Touchline stores', event.currentTarget)}
          >
            Erase everything
          </button>
        </div>
        <EraseRecordForm
          disabled={busy}
          onErase={(recordKey, what, from) => askErase({ kind: 'record', recordKey }, what, from)}
        />
      </div>

      {/* Always there, so that readers announce each change of its words; a result, once known, replaces "…ing". */}
      <div role="status" tabIndex={-1} ref={statusLine}>
        {data.status !== null ? (
          <p class="tl-opt-status" data-data-status>
            {data.status}
          </p>
        ) : (
          data.busy !== null && (
            <p class="tl-opt-working" data-data-busy>
              {data.busy}
            </p>
          )
        )}
      </div>
      {data.error && (
        <p class="tl-opt-error" role="alert" data-data-error>
          {data.error}
        </p>
      )}
      {data.pending && (
        <ConfirmDialog
          title={`Erase ${data.pending.what}?`}
          confirmLabel="Erase"
          opener={opener.current}
          onConfirm={data.confirmErase}
          onCancel={data.cancelErase}
        >
          <p>
            This removes {data.pending.counts} from this browser. It cannot be undone; export a backup first if you may
            want them back.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
