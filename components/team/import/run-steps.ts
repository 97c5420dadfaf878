import type { DateOrderStatus } from '../../../lib/csv-import/date-order-status';
import type { ImportReport } from '../../../lib/csv-import/report';
import type { Phase } from './use-csv-import';

/** One kind of import (activities or deals) from a prepared mapping to its report. */
export interface ImportSteps<M> {
  /** Why the mapping cannot import anything, if it cannot. */
  problem: string | undefined;
  /**
   * The mapping with numeric dates' order known; undefined when the user must choose it.
   * `onScanned`: the form's status after a scan (what it settled, or why the user must choose).
   */
  settle: (signal: AbortSignal, onScanned: (status: DateOrderStatus) => void) => Promise<M | undefined>;
  /**
   * Puts the mapping the import reads with on the form: the order the whole file settled (or
   * reversed from the one assumed) is then the one the preview reads and the select shows.
   */
  show: (mapping: M) => void;
  /** Remembers the mapping for the account. */
  save: (mapping: M) => Promise<void>;
  importWith: (mapping: M, signal: AbortSignal) => Promise<ImportReport>;
}

/** What the steps show on the form. */
export interface ImportUi {
  controller: { current?: AbortController | undefined };
  setMessage(message: string | undefined): void;
  setPhase(phase: Phase): void;
  setProgress(progress: number): void;
  setReport(report: ImportReport): void;
  /**
   * What the scan of the whole file found, where it ran: the order it settled, or why the user must
   * choose (with no scan, the form already says it: the first rows' conflict, or a question asked).
   */
  showScanned(status: DateOrderStatus): void;
  onImported?: ((report: ImportReport) => void) | undefined;
}

/** Runs one import once its mapping is complete: settles the dates' order, remembers the mapping, imports, reports. */
export async function runImportSteps<M>(steps: ImportSteps<M>, ui: ImportUi): Promise<void> {
  if (steps.problem) return ui.setMessage(`${steps.problem} Pick it in the table.`);
  const ctl = new AbortController();
  ui.controller.current = ctl;
  let scanned: DateOrderStatus | undefined;
  const mapping = await steps.settle(ctl.signal, (found) => {
    scanned = found;
  });
  if (scanned) ui.showScanned(scanned);
  if (!mapping) {
    ui.setPhase('idle');
    if (ctl.signal.aborted) return;
    return ui.setMessage('Choose the order of the numeric dates, then import.');
  }
  steps.show(mapping);
  await steps.save(mapping);
  ui.setPhase('importing');
  ui.setProgress(0);
  const result = await steps.importWith(mapping, ctl.signal);
  ui.setReport(result);
  ui.setPhase('done');
  if (result.added > 0 || result.existing > 0) ui.onImported?.(result);
}
