import type { PageClock } from '../../../lib/adapters/types';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import type { ImportRow } from '../../../lib/csv-import/row-schema';
import type { Crm } from '../../../lib/schema/activity';

interface RowPreviewProps {
  crm: Crm;
  mapping: ColumnMapping;
  rows: string[][];
  clock: PageClock;
}

const SHOWN = 5;

/** The first rows as the import will read them, or why it will skip them. */
export function RowPreview({ crm, mapping, rows, clock }: RowPreviewProps) {
  return (
    <table class="tl-import-preview">
      <caption>First rows as they will be read</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">When</th>
          <th scope="col">Type</th>
          <th scope="col">Subject</th>
          <th scope="col">Owner</th>
          <th scope="col">With</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, SHOWN).map((cells, i) => {
          const read = readRow(cells, { crm, mapping, clock });
          return (
            <tr key={i} data-preview-row={i + 1}>
              <th scope="row">{i + 1}</th>
              {read.ok ? (
                <ReadCells row={read.row} zone={clock.timeZone} />
              ) : (
                <td colSpan={5}>Skipped: {read.reason}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function ReadCells({ row, zone }: { row: ImportRow; zone: string }) {
  const when = new Date(row.timestamp).toLocaleString(undefined, {
    timeZone: zone,
    dateStyle: 'medium',
    ...(row.timePrecision === 'minute' ? { timeStyle: 'short' } : {}),
  });
  const direction = row.direction === 'unknown' ? '' : ` (${row.direction})`;
  return (
    <>
      <td>{when}</td>
      <td>
        {row.type}
        {direction}
        {row.planned ? ', planned' : ''}
      </td>
      <td>{row.title}</td>
      <td>{row.owner ?? ''}</td>
      <td>{withWhom(row)}</td>
    </>
  );
}

function withWhom(row: ImportRow): string {
  const contact = row.contactIds.length > 0 ? `contact id ${row.contactIds.join(', ')}` : row.contactEmail;
  const deal = row.dealIds.length > 0 ? `deal id ${row.dealIds.join(', ')}` : undefined;
  return [contact, deal].filter(Boolean).join('; ') || 'no id or email: will not be linked';
}
