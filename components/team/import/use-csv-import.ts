import { useEffect, useRef, useState } from 'preact/hooks';
import { type Account, knownAccounts, tenantFrom } from '../../../lib/csv-import/accounts';
import { likelyCrm } from '../../../lib/csv-import/detect-crm';
import { type ColumnMapping, mappingProblem, toSaved } from '../../../lib/csv-import/mapping';
import { loadMapping, saveMapping } from '../../../lib/csv-import/mapping-store';
import { type CsvInput, previewWithEncoding } from '../../../lib/csv-import/parse-csv';
import { type PreparedMapping, prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import type { ImportReport } from '../../../lib/csv-import/report';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Crm } from '../../../lib/schema/activity';
import { importFile, readyToImport, settledMapping } from './import-steps';

export interface ImportEnvironment {
  openDb: () => Promise<TouchlineDb>;
  now: () => Date;
  onImported?: ((report: ImportReport) => void) | undefined;
}

export type Phase = 'idle' | 'scanning' | 'importing' | 'done';
export type OrderStatus = PreparedMapping['dateOrder'] | 'asked';

const PREVIEW_ROWS = 21;

/** The import form's state: account, file, mapping, date order, progress and the report. */
export function useCsvImport(env: ImportEnvironment) {
  const [crm, setCrm] = useState<Crm>('hubspot');
  const [account, setAccount] = useState('');
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [file, setFile] = useState<{ input: CsvInput; name: string; encoding?: string | undefined }>();
  const [rows, setRows] = useState<string[][]>([]);
  const [prepared, setPrepared] = useState<PreparedMapping>();
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
    (tenant ? loadMapping(crm, tenant) : Promise.resolve(undefined)).then((saved) => {
      if (!current) return;
      const next = prepareMapping(crm, rows, saved);
      setPrepared(next);
      setOrderStatus(next.dateOrder);
    });
    return () => {
      current = false;
    };
  }, [crm, tenant, rows]);

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
      const detected = likelyCrm(preview[0] ?? []);
      if (detected && detected !== crm) chooseCrm(detected);
      autoStart.current = true;
      setRows(preview);
    } catch {
      setMessage('The file could not be read as CSV.');
    }
  };

  const setMapping = (mapping: ColumnMapping) => prepared && setPrepared({ ...prepared, mapping });

  const chooseOrder = (dayFirst: boolean | undefined) => {
    if (!prepared) return;
    const { dayFirst: _dropped, ...rest } = prepared.mapping;
    setMapping(dayFirst === undefined ? rest : { ...rest, dayFirst });
    if (dayFirst !== undefined) setOrderStatus('settled');
  };

  const start = async () => {
    setMessage(undefined);
    if (!tenant) return setMessage('Type the account the file comes from (see the hint under it).');
    if (!file || !prepared) return setMessage('Choose a CSV file first.');
    const problem = mappingProblem(prepared.mapping);
    if (problem) return setMessage(`${problem} Pick it in the table.`);
    const ctl = new AbortController();
    controller.current = ctl;
    const mapping = await settledMapping(prepared, orderStatus, file, ctl.signal, setPhase);
    if (!mapping) {
      setPhase('idle');
      if (ctl.signal.aborted) return;
      if (orderStatus !== 'conflicting') setOrderStatus('asked');
      return setMessage('Choose the order of the numeric dates, then import.');
    }
    await saveMapping(crm, tenant, toSaved(prepared.foldedHeaders, mapping));
    setPhase('importing');
    setProgress(0);
    const job = { crm, tenant, input: file.input, encoding: file.encoding, mapping };
    const result = await importFile(env, job, ctl.signal, setProgress);
    setReport(result);
    setPhase('done');
    if (result.added > 0 || result.existing > 0) env.onImported?.(result);
  };

  const cancel = () => controller.current?.abort();

  useEffect(() => {
    if (!autoStart.current || !prepared || phase !== 'idle') return;
    autoStart.current = false;
    if (tenant && readyToImport(prepared, orderStatus)) void start();
  }, [prepared]);

  return {
    state: { crm, account, accounts, file, rows, prepared, orderStatus, phase, progress, report, message },
    actions: { chooseCrm, setAccount, chooseFile, setMapping, chooseOrder, start, cancel },
  };
}
