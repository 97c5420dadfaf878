import { useEffect, useRef, useState } from 'preact/hooks';
import { type Account, knownAccounts, tenantFrom } from '../../../lib/csv-import/accounts';
import { type DealMapping, dealMappingProblem, toSavedDeal } from '../../../lib/csv-import/deals/mapping';
import { loadDealMapping, saveDealMapping } from '../../../lib/csv-import/deals/mapping-store';
import { type PreparedDealMapping, prepareDealMapping } from '../../../lib/csv-import/deals/prepare';
import { type ColumnMapping, mappingProblem, toSaved } from '../../../lib/csv-import/mapping';
import { loadMapping, saveMapping } from '../../../lib/csv-import/mapping-store';
import { type CsvInput, previewWithEncoding } from '../../../lib/csv-import/parse-csv';
import { type PreparedMapping, prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import type { ImportReport } from '../../../lib/csv-import/report';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Crm } from '../../../lib/schema/activity';
import { dealsReady, type ExportKind, fileKind, importDealFile, settledDealMapping } from './deal-import-steps';
import { importFile, readyToImport, settledMapping } from './import-steps';

export interface ImportEnvironment {
  openDb: () => Promise<TouchlineDb>;
  now: () => Date;
  onImported?: ((report: ImportReport) => void) | undefined;
}

export type Phase = 'idle' | 'scanning' | 'importing' | 'done';
export type OrderStatus = PreparedMapping['dateOrder'] | 'asked';

const PREVIEW_ROWS = 21;

/** The import form's state: account, file (an activity or a deal export), mapping, date order, progress and the report. */
export function useCsvImport(env: ImportEnvironment) {
  const [crm, setCrm] = useState<Crm>('hubspot');
  const [account, setAccount] = useState('');
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [file, setFile] = useState<{ input: CsvInput; name: string; encoding?: string | undefined }>();
  const [rows, setRows] = useState<string[][]>([]);
  const [kind, setKind] = useState<ExportKind>('activities');
  const [prepared, setPrepared] = useState<PreparedMapping>();
  const [dealPrepared, setDealPrepared] = useState<PreparedDealMapping>();
  const [orderStatus, setOrderStatus] = useState<OrderStatus>('not-needed');
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState(0);
  const [report, setReport] = useState<ImportReport>();
  const [message, setMessage] = useState<string>();
  const controller = useRef<AbortController>();
  /** Set when a file is chosen: the import starts at once if nothing needs asking (see readyToImport). */
  const autoStart = useRef(false);
  const tenant = tenantFrom(crm, account);

  useEffect(() => {
    env
      .openDb()
      .then(knownAccounts)
      .then(setAccounts, () => setAccounts([]));
  }, [env.openDb]);

  useEffect(() => {
    if (rows.length === 0) return;
    let current = true;
    if (kind === 'deals') {
      (tenant ? loadDealMapping(crm, tenant) : Promise.resolve(undefined)).then((saved) => {
        if (!current) return;
        const next = prepareDealMapping(crm, rows, saved);
        setPrepared(undefined);
        setDealPrepared(next);
        setOrderStatus(next.dateOrder);
      });
    } else {
      (tenant ? loadMapping(crm, tenant) : Promise.resolve(undefined)).then((saved) => {
        if (!current) return;
        const next = prepareMapping(crm, rows, saved);
        setDealPrepared(undefined);
        setPrepared(next);
        setOrderStatus(next.dateOrder);
      });
    }
    return () => {
      current = false;
    };
  }, [crm, tenant, rows, kind]);

  const chooseCrm = (next: Crm) => {
    setCrm(next);
    setAccount(accounts.find((a) => a.crm === next)?.tenant ?? '');
  };

  const chooseFile = async (chosen: File) => {
    setReport(undefined);
    setMessage(undefined);
    try {
      const { rows: preview, encoding } = await previewWithEncoding(chosen, PREVIEW_ROWS);
      setFile({ input: chosen, name: chosen.name, encoding });
      // The previous file's mapping must not import this one while its own is prepared.
      setPrepared(undefined);
      setDealPrepared(undefined);
      const detected = fileKind(preview[0] ?? [], crm);
      if (detected.crm && detected.crm !== crm) chooseCrm(detected.crm);
      setKind(detected.kind);
      autoStart.current = true;
      setRows(preview);
    } catch {
      setMessage('The file could not be read as CSV.');
    }
  };

  const setMapping = (mapping: ColumnMapping) => prepared && setPrepared({ ...prepared, mapping });
  const setDealMapping = (mapping: DealMapping) => dealPrepared && setDealPrepared({ ...dealPrepared, mapping });

  const chooseOrder = (dayFirst: boolean | undefined) => {
    const mapping = prepared?.mapping ?? dealPrepared?.mapping;
    if (!mapping) return;
    const { dayFirst: _dropped, ...rest } = mapping;
    const next = dayFirst === undefined ? rest : { ...rest, dayFirst };
    if (prepared) setMapping(next as ColumnMapping);
    else setDealMapping(next as DealMapping);
    if (dayFirst !== undefined) setOrderStatus('settled');
  };

  /** Runs one import once its mapping is complete; undefined from `settle` means the dates' order must be asked. */
  const run = async <M extends { dayFirst?: boolean }>(steps: {
    problem: string | undefined;
    settle: (signal: AbortSignal) => Promise<M | undefined>;
    save: (mapping: M) => Promise<void>;
    importWith: (mapping: M, signal: AbortSignal) => Promise<ImportReport>;
  }) => {
    if (steps.problem) return setMessage(`${steps.problem} Pick it in the table.`);
    const ctl = new AbortController();
    controller.current = ctl;
    const mapping = await steps.settle(ctl.signal);
    if (!mapping) {
      setPhase('idle');
      if (ctl.signal.aborted) return;
      if (orderStatus !== 'conflicting') setOrderStatus('asked');
      return setMessage('Choose the order of the numeric dates, then import.');
    }
    await steps.save(mapping);
    setPhase('importing');
    setProgress(0);
    const result = await steps.importWith(mapping, ctl.signal);
    setReport(result);
    setPhase('done');
    if (result.added > 0 || result.existing > 0) env.onImported?.(result);
  };

  const start = async () => {
    setMessage(undefined);
    if (!tenant) return setMessage('Type the account the file comes from (see the hint under it).');
    if (!file || !(prepared || dealPrepared)) return setMessage('Choose a CSV file first.');
    const job = { crm, tenant, input: file.input, encoding: file.encoding };
    if (dealPrepared) {
      return run<DealMapping>({
        problem: dealMappingProblem(dealPrepared.mapping),
        settle: (signal) => settledDealMapping(dealPrepared.mapping, orderStatus, file, signal, setPhase),
        save: (mapping) => saveDealMapping(crm, job.tenant, toSavedDeal(dealPrepared.foldedHeaders, mapping)),
        importWith: (mapping, signal) => importDealFile(env, { ...job, mapping }, signal, setProgress),
      });
    }
    const activities = prepared as PreparedMapping;
    return run<ColumnMapping>({
      problem: mappingProblem(activities.mapping),
      settle: (signal) => settledMapping(activities, orderStatus, file, signal, setPhase),
      save: (mapping) => saveMapping(crm, job.tenant, toSaved(activities.foldedHeaders, mapping)),
      importWith: (mapping, signal) => importFile(env, { ...job, mapping }, signal, setProgress),
    });
  };

  const cancel = () => controller.current?.abort();

  useEffect(() => {
    if (!autoStart.current || !(prepared || dealPrepared) || phase !== 'idle') return;
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
      orderStatus,
      phase,
      progress,
      report,
      message,
    },
    actions: { chooseCrm, setAccount, chooseFile, setMapping, setDealMapping, chooseOrder, start, cancel },
  };
}
