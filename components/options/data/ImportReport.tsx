import type { ImportReport as Report } from '../../../lib/backup/import-backup';

/** What an import did (contracts.md: `[data-import-report]` with added, existing and invalid counts). */
export function ImportReport({ report }: { report: Report }) {
  return (
    <div
      class="tl-opt-report"
      role="status"
      data-import-report
      data-added={report.added}
      data-existing={report.existing}
      data-invalid={report.invalid}
      data-updated={report.updated}
      data-expired={report.expired}
      data-undone={report.undone}
    >
      <p>
        Imported: {report.added} added, {report.updated} updated from a newer copy, {report.existing} already there,{' '}
        {report.invalid} skipped as invalid
        {report.expired > 0 ? `, ${report.expired} older than your retention period and not stored` : ''}
        {report.undone > 0
          ? `, ${report.undone} logged ${report.undone === 1 ? 'touch' : 'touches'} left out because ${report.undone === 1 ? 'it was' : 'they were'} undone`
          : ''}
        .{report.settingsRestored ? ' Your settings were restored from the backup.' : ''}
      </p>
      {report.reasons.length > 0 && (
        <ul aria-label="Why rows were skipped">
          {report.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
