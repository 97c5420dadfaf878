import type { PageClock } from '../../../lib/adapters/types';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import type { ImportRow } from '../../../lib/csv-import/row-schema';
import type { Crm } from '../../../lib/schema/activity';
import { teamDate, teamDateTime } from '../team-dates';
import { PreviewTable } from './PreviewTable';

interface RowPreviewProps {
  crm: Crm;
  mapping: ColumnMapping;
  rows: string[][];
  clock: PageClock;
}

const COLUMNS = ['When', 'Type', 'Subject', 'Owner', 'With'];

/** The first rows as the import will read them, or why it will skip them. */
export function RowPreview({ crm, mapping, rows, clock }: RowPreviewProps) {
  return (
    <PreviewTable
      caption="First rows as they will be read"
      columns={COLUMNS}
      rows={rows}
      read={(cells) => readRow(cells, { crm, mapping, clock })}
      cells={(row) => <ReadCells row={row} zone={clock.timeZone} />}
    />
  );
}

function ReadCells({ row, zone }: { row: ImportRow; zone: string }) {
  const when = row.timePrecision === 'minute' ? teamDateTime(row.timestamp, zone) : teamDate(row.timestamp, zone);
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
  const contact = row.contactIds.length > 0 ? `contact id ${row.contactIds.join(', ')}` : row.contactEmails.join(', ');
  const deal = row.dealIds.length > 0 ? `deal id ${row.dealIds.join(', ')}` : undefined;
  return [contact, deal].filter(Boolean).join('; ') || 'no id or email: will not be linked';
}
