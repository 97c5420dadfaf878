import { useEffect, useRef, useState } from 'preact/hooks';
import { type Account, knownAccounts, tenantFrom } from '../../../lib/csv-import/accounts';
import type { DateOrderStatus } from '../../../lib/csv-import/date-order-status';
import { type DealMapping, dealMappingProblem, toSavedDeal } from '../../../lib/csv-import/deals/mapping';
import { saveDealMapping } from '../../../lib/csv-import/deals/mapping-store';
import type { PreparedDealMapping } from '../../../lib/csv-import/deals/prepare';
import { delimiterProblem } from '../../../lib/csv-import/delimiter';
import { headerRow } from '../../../lib/csv-import/header-row';
import { type ColumnMapping, mappingProblem, toSaved } from '../../../lib/csv-import/mapping';
import { saveMapping } from '../../../lib/csv-import/mapping-store';
import { type CsvSource, previewWithEncoding } from '../../../lib/csv-import/parse-csv';
import type { PreparedMapping } from '../../../lib/csv-import/prepare-mapping';
import type { ImportReport } from '../../../lib/csv-import/report';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Crm } from '../../../lib/schema/activity';
import { accountPrompt, onlyAccount } from './account-prompt';
import { dealsReady, type ExportKind, fileKind, importDealFile, settledDealMapping } from './deal-import-steps';
import { importFile, readyToImport, settledMapping } from './import-steps';
import { remappedActivities, remappedDeals } from './remapped-order';
import { type ImportUi, runImportSteps } from './run-steps';
import { usePreparedMapping } from './use-prepared-mapping';
import { usePreviewLinks } from './use-preview-links';

export interface ImportEnvironment {
  openDb: () => Promise<TouchlineDb>;
  now: () => Date;
  onImported?: ((report: ImportReport) => void) | undefined;
}

export type Phase = 'idle' | 'scanning' | 'importing' | 'done';
export type OrderStatus = DateOrderStatus;

const PREVIEW_ROWS = 21;
const NO_ACCOUNT = 'Type the account the file comes from (see the hint under it).';
const EMPTY_FILE = 'The file is empty: it has no rows to import.';

/**
 * The dates' order once the user takes back their choice ("From the file"): the file's own, to
 * be scanned at import and asked for if the file leaves it open. An order assumed from the
 * account or the language was the select's value, which the user has just set aside.
 */
function fromTheFile(prepared: OrderStatus): OrderStatus {
  return prepared === 'assumed' || prepared === 'settled' ? 'unsettled' : prepared;
}

/** The import form's state: account, file (an activity or a deal export), mapping, date order, progress and the report. */
export function useCsvImport(env: ImportEnvironment) {
  const [crm, setCrm] = useState<Crm>('hubspot');
  const [account, setAccount] = useState('');
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [file, setFile] = useState<CsvSource & { name: string }>();
  const [rows, setRows] = useState<string[][]>([]);
  const [kind, setKind] = useState<ExportKind>('activities');
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState(0);
  const [report, setReport] = useState<ImportReport>();
  const [message, setMessage] = useState<string>();
  const controller = useRef<AbortController>();
  /**
   * Set when a file is chosen: the import starts at once if nothing needs asking (see readyToImport),
   * into the account that was on the form before the file was chosen (the manager saw it).
   */
  const autoStart = useRef(false);
  const tenant = tenantFrom(crm, account);
  const { prepared, setPrepared, dealPrepared, setDealPrepared, orderStatus, setOrderStatus, accountOrder, forget } =
    usePreparedMapping(crm, tenant, rows, kind);
  const previewLinks = usePreviewLinks(env, crm, tenant, rows);

  useEffect(() => {
    env
      .openDb()
      .then(knownAccounts)
      .then(setAccounts, () => setAccounts([]));
  }, [env.openDb]);

  const chooseCrm = (next: Crm) => {
    setCrm(next);
    setAccount(onlyAccount(next, accounts));
  };

  const chooseFile = async (chosen: File) => {
    setReport(undefined);
    setMessage(undefined);
    try {
      const { rows: previewed, encoding } = await previewWithEncoding(chosen, PREVIEW_ROWS);
      const firstRow = headerRow(previewed);
      const preview = previewed.slice(firstRow);
      setFile({ input: chosen, name: chosen.name, encoding, firstRow });
      forget();
      const detected = fileKind(preview[0] ?? [], crm);
      // Another CRM's export: its account was not on the form, so nothing is written before the manager sees it.
      const switched = detected.crm === crm ? undefined : detected.crm;
      if (switched) chooseCrm(switched);
      setKind(detected.kind);
      const problem = preview.length === 0 ? EMPTY_FILE : delimiterProblem(preview[0] ?? []);
      if (problem) setMessage(problem);
      else if (switched) setMessage(accountPrompt(switched, accounts));
      else if (!tenant) setMessage(NO_ACCOUNT);
      autoStart.current = !problem && !switched;
      setRows(preview);
    } catch {
      setMessage('The file could not be read as CSV.');
    }
  };

  const setMapping = (mapping: ColumnMapping) => {
    if (!prepared) return;
    const next = remappedActivities(prepared, mapping, orderStatus, accountOrder, rows.slice(1));
    setPrepared(next.prepared);
    setOrderStatus(next.status);
  };
  const setDealMapping = (mapping: DealMapping) => {
    if (!dealPrepared) return;
    const next = remappedDeals(dealPrepared, mapping, orderStatus, accountOrder, rows.slice(1));
    setDealPrepared(next.prepared);
    setOrderStatus(next.status);
  };

  /** Puts an order, or none, in the form's mapping: the same columns, so nothing to check again (setMapping). */
  const setFormOrder = (dayFirst: boolean | undefined) => {
    const current = prepared ?? dealPrepared;
    if (!current) return;
    const { dayFirst: _dropped, ...rest } = current.mapping;
    const next = dayFirst === undefined ? rest : { ...rest, dayFirst };
    if (prepared) setPrepared({ ...prepared, mapping: next as ColumnMapping });
    else if (dealPrepared) setDealPrepared({ ...dealPrepared, mapping: next as DealMapping });
  };

  const chooseOrder = (dayFirst: boolean | undefined) => {
    const current = prepared ?? dealPrepared;
    if (!current) return;
    setFormOrder(dayFirst);
    setOrderStatus(dayFirst === undefined ? fromTheFile(current.dateOrder) : 'settled');
  };

  /**
   * What the import's scan of the whole file found. An order it leaves to the manager is none on
   * the form until chosen: the order assumed or seen in the first rows, left in the select, was
   * imported by the next click on Import without being chosen.
   */
  const showScanned = (status: OrderStatus) => {
    setOrderStatus(status);
    if (status === 'asked' || status === 'asked-mixed') setFormOrder(undefined);
  };

  const start = async () => {
    setMessage(undefined);
    if (!tenant) return setMessage(NO_ACCOUNT);
    if (!file || !(prepared || dealPrepared)) return setMessage('Choose a CSV file first.');
    const job = { crm, tenant, input: file.input, encoding: file.encoding, firstRow: file.firstRow };
    const ui: ImportUi = {
      controller,
      setMessage,
      setPhase,
      setProgress,
      setReport,
      showScanned,
      onImported: env.onImported,
    };
    if (dealPrepared) {
      return runImportSteps<DealMapping>(
        {
          problem: dealMappingProblem(dealPrepared.mapping),
          settle: (signal, onScanned) =>
            settledDealMapping(dealPrepared.mapping, orderStatus, file, signal, setPhase, onScanned),
          show: (mapping) => setDealPrepared({ ...dealPrepared, mapping }),
          save: (mapping) => saveDealMapping(crm, job.tenant, toSavedDeal(dealPrepared.foldedHeaders, mapping)),
          importWith: (mapping, signal) => importDealFile(env, { ...job, mapping }, signal, setProgress),
        },
        ui,
      );
    }
    const activities = prepared as PreparedMapping;
    return runImportSteps<ColumnMapping>(
      {
        problem: mappingProblem(activities.mapping),
        settle: (signal, onScanned) => settledMapping(activities, orderStatus, file, signal, setPhase, onScanned),
        show: (mapping) => setPrepared({ ...activities, mapping }),
        save: (mapping) => saveMapping(crm, job.tenant, toSaved(activities.foldedHeaders, mapping)),
        importWith: (mapping, signal) => importFile(env, { ...job, mapping }, signal, setProgress),
      },
      ui,
    );
  };

  const cancel = () => controller.current?.abort();

  useEffect(() => {
    // After an import the phase stays 'done': a file chosen then starts as the first did.
    const busy = phase === 'scanning' || phase === 'importing';
    if (!autoStart.current || !(prepared || dealPrepared) || busy) return;
    autoStart.current = false;
    const ready = prepared
      ? readyToImport(prepared, orderStatus)
      : dealsReady((dealPrepared as PreparedDealMapping).mapping, orderStatus);
    if (tenant && ready) void start();
  }, [prepared, dealPrepared]);

  return {
    state: {
      crm,
      account,
      accounts,
      file,
      rows,
      kind,
      prepared,
      dealPrepared,
      previewLinks,
      orderStatus,
      phase,
      progress,
      report,
      message,
    },
    actions: { chooseCrm, setAccount, chooseFile, setMapping, setDealMapping, chooseOrder, start, cancel },
  };
}
