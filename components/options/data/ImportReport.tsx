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
      // contracts.md's count of rows left out as invalid: none, as a file with one is refused whole.
      data-invalid={0}
      data-updated={report.updated}
      data-expired={report.expired}
      data-undone={report.undone}
    >
      <p>
        Imported: {report.added} added, {report.updated} updated from a newer copy, {report.existing} already there
        {report.expired > 0 ? `, ${report.expired} older than your retention period and not stored` : ''}
        {report.undone > 0
          ? `, ${report.undone} logged ${report.undone === 1 ? 'touch' : 'touches'} left out because ${report.undone === 1 ? 'it was' : 'they were'} undone`
          : ''}
        .{report.settingsRestored ? ' Your settings were restored from the backup.' : ''}
      </p>
    </div>
  );
}
