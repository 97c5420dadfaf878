import { useLayoutEffect, useRef } from 'preact/hooks';
import { DEAL_FIELD_LABELS } from '../../../lib/csv-import/deals/fields';
import { retargetDeal } from '../../../lib/csv-import/deals/mapping';
import { FIELD_LABELS } from '../../../lib/csv-import/fields';
import { retargetMapping } from '../../../lib/csv-import/mapping';
import type { ImportReport as Report } from '../../../lib/csv-import/report';
import { openTouchlineDb } from '../../../lib/db/open';
import type { TouchlineDb } from '../../../lib/db/schema';
import { AccountFields } from './AccountFields';
import { DateOrderChoice } from './DateOrderChoice';
import { DealPreview } from './DealPreview';
import { FileDrop } from './FileDrop';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { MappingTable } from './MappingTable';
import { perTypeShown } from './per-type-shown';
import { RowPreview } from './RowPreview';
import { useCsvImport } from './use-csv-import';
import './csv-import.css';

export interface CsvImportProps {
  /** Called after an import that found rows, so the team page can read the cache again. */
  onImported?: (report: Report) => void;
  /** The cache; the extension page opens it directly (tests pass their own). */
  openDb?: () => Promise<TouchlineDb>;
  now?: () => Date;
}

let shared: Promise<TouchlineDb> | undefined;
/** One connection for the page: the account list and every import share it. */
const defaultOpen = () => {
  shared ??= openTouchlineDb();
  return shared;
};
const defaultNow = () => new Date();

/**
 * The team page's import of a CRM's export, activities or deals (told apart by the header):
 * account, file, mapping with preview, progress, report.
 */
export function CsvImport({ onImported, openDb = defaultOpen, now = defaultNow }: CsvImportProps) {
  const { state, actions } = useCsvImport({ openDb, now, onImported });
  const busy = state.phase === 'scanning' || state.phase === 'importing';
  const section = useRef<HTMLElement>(null);
  /** Set when the progress bar went away holding focus (Cancel), which would leave it on the page's body. */
  const refocus = useRef(false);
  /** The report focus was last taken to: each import's report is a new one. */
  const focusedReport = useRef(state.report);
  useLayoutEffect(() => {
    if (busy) return;
    // Every import that ends (at once on choosing the file, from Import, or cancelled) takes focus to its
    // report, so a screen reader says it: a report drawn with its words in a new live region is not announced.
    const reported = state.report !== undefined && state.report !== focusedReport.current;
    focusedReport.current = state.report;
    if (!reported && !refocus.current) return;
    refocus.current = false;
    // Where the user goes on from: the report that just appeared, else the Import button (an order to choose).
    const [next] = ['[data-import-report]', '[data-action="start-import"]', 'input[type=file]'].flatMap(
      (selector) => section.current?.querySelector<HTMLElement>(selector) ?? [],
    );
    next?.focus();
  });
  const [header = [], ...samples] = state.rows;
  const mapping = state.prepared?.mapping;
  const dealMapping = state.dealPrepared?.mapping;
  const clock = { now: now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  const dateOrder = (dayFirst: boolean | undefined) => (
    <DateOrderChoice status={state.orderStatus} dayFirst={dayFirst} disabled={busy} onChoose={actions.chooseOrder} />
  );
  const startButton = (
    <button type="button" class="tl-button" data-action="start-import" disabled={busy} onClick={actions.start}>
      Import
    </button>
  );
  return (
    <section class="tl-import" aria-label="Import a CRM export" ref={section}>
      <h2>Import a CRM export: activities, or deals with their stage dates</h2>
      <AccountFields
        crm={state.crm}
        account={state.account}
        accounts={state.accounts}
        disabled={busy}
        onCrm={actions.chooseCrm}
        onAccount={actions.setAccount}
      />
      <FileDrop disabled={busy} fileName={state.file?.name} onFile={actions.chooseFile} />
      {mapping ? (
        <>
          <MappingTable
            headers={header}
            samples={samples}
            {...perTypeShown(mapping, header)}
            labels={FIELD_LABELS}
            disabled={busy}
            onChange={(column, target) => actions.setMapping(retargetMapping(mapping, column, target))}
          />
          {dateOrder(mapping.dayFirst)}
          <RowPreview crm={state.crm} mapping={mapping} rows={samples} clock={clock} links={state.previewLinks} />
          {startButton}
        </>
      ) : null}
      {dealMapping ? (
        <>
          <p class="tl-hint" data-export-kind="deals">
            A deal export: each row is a deal, with the dates it entered its stages where the file has them.
          </p>
          <MappingTable
            headers={header}
            samples={samples}
            targets={dealMapping.targets}
            labels={DEAL_FIELD_LABELS}
            disabled={busy}
            onChange={(column, target) =>
              actions.setDealMapping({ ...dealMapping, targets: retargetDeal(dealMapping.targets, column, target) })
            }
          />
          {dateOrder(dealMapping.dayFirst)}
          <DealPreview crm={state.crm} mapping={dealMapping} rows={samples} clock={clock} />
          {startButton}
        </>
      ) : null}
      {state.message ? (
        <p class="tl-import-message" role="alert">
          {state.message}
        </p>
      ) : null}
      {busy ? (
        <ImportProgress
          progress={state.phase === 'importing' ? state.progress : 0}
          label={state.phase === 'scanning' ? 'Checking the order of the dates' : 'Importing'}
          onCancel={actions.cancel}
          onRemovedWithFocus={() => {
            refocus.current = true;
          }}
        />
      ) : null}
      {state.report ? <ImportReport report={state.report} kind={state.kind} /> : null}
    </section>
  );
}
