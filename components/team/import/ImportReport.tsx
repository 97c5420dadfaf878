import { useId } from 'preact/hooks';
import type { ImportReport as Report } from '../../../lib/csv-import/report';

/**
 * What the import did (`[data-import-report]`, contracts.md): rows added, already there (the same
 * activity, by CRM id or the duplicate rules, or twice in the file), invalid (with the first
 * reasons), valid rows that named no contact or deal Touchline could link (not stored), and
 * stored rows of a type no rule knows (a Pipedrive company's own type), kept as tasks: no touch. For
 * a deal export the counts are deals: new, already cached (unchanged or merged), invalid rows, and
 * deals imported with a note (a cell that could not be read, left out), listed apart from the invalid.
 * An error part-way (a batch that could not be written) is told beside what the batches before it wrote.
 * CsvImport takes focus to it when an import ends; its first sentence, the summary, is read with its name.
 */
export function ImportReport({ report, kind = 'activities' }: { report: Report; kind?: 'activities' | 'deals' }) {
  const summary = useId();
  return (
    <section
      class="tl-import-report"
      aria-label="Import report"
      aria-describedby={summary}
      tabIndex={-1}
      data-import-report=""
      data-added={report.added}
      data-existing={report.existing}
      data-invalid={report.invalid}
      data-unlinked={report.unlinked}
      data-too-old={report.tooOld}
      data-noted={report.noted}
      data-cancelled={String(report.cancelled)}
      data-kind={kind}
    >
      {report.error && report.added + report.existing === 0 ? (
        <p id={summary} role="alert">
          Nothing was imported: {report.error}
        </p>
      ) : report.error ? (
        <p id={summary} role="alert">
          The import stopped after {report.added} {kind === 'deals' ? 'new deals' : 'rows added'} and {report.existing}{' '}
          already there: {report.error}. What was written stays; importing the file again adds the rest once.
        </p>
      ) : kind === 'deals' ? (
        <p id={summary}>
          {report.cancelled ? 'Cancelled after ' : 'Read '}
          {report.rows} rows: {report.added} new deals, {report.existing} already there (unchanged, or given the file's
          stage dates), {report.invalid} invalid
          {report.noted > 0 ? `; ${report.noted} imported with a note (a cell that could not be read left out)` : ''}.
        </p>
      ) : (
        <p id={summary}>
          {report.cancelled ? 'Cancelled after ' : 'Read '}
          {report.rows} rows: {report.added} added, {report.existing} already there, {report.invalid} invalid,{' '}
          {report.unlinked} not linked to a contact or deal
          {report.tooOld > 0 ? `, ${report.tooOld} older than the retention limit` : ''}
          {report.readAsTask > 0 ? `; ${report.readAsTask} of a type not known, kept as tasks (no touch)` : ''}.
        </p>
      )}
      {report.unreadableFrom ? (
        <p role="alert" data-unreadable-from={report.unreadableFrom.row}>
          Stopped at row {report.unreadableFrom.row}: {report.unreadableFrom.reason}. Correct that row (or export the
          file again) and import it again: rows already imported are not added twice.
        </p>
      ) : null}
      <RowList title="Invalid rows (not imported)" problems={report.problems} />
      <RowList title="Rows not linked (not imported)" problems={report.unlinkedRows} />
      <RowList title="Rows of a type not known (imported as tasks, no touch)" problems={report.readAsTaskRows} />
      <RowList title="Imported with a note" problems={report.notedRows} />
      {report.cancelled ? (
        <p>Rows written before cancelling stay; importing the file again adds the rest once.</p>
      ) : null}
    </section>
  );
}

function RowList({ title, problems }: { title: string; problems: Report['problems'] }) {
  if (problems.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {problems.map((p) => (
          <li key={p.row}>
            Row {p.row}: {p.reason}
          </li>
        ))}
      </ul>
    </>
  );
}
