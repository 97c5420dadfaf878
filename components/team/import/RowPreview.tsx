import type { PageClock } from '../../../lib/adapters/types';
import { isLinked, linkRow } from '../../../lib/csv-import/link-row';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { readRow } from '../../../lib/csv-import/read-row';
import type { ImportRow } from '../../../lib/csv-import/row-schema';
import { unlinkedReason } from '../../../lib/csv-import/unlinked-reason';
import type { Crm } from '../../../lib/schema/activity';
import { teamDate, teamDateTime } from '../team-dates';
import { PreviewTable } from './PreviewTable';
import type { PreviewLinks } from './use-preview-links';

interface RowPreviewProps {
  crm: Crm;
  mapping: ColumnMapping;
  rows: string[][];
  clock: PageClock;
  /** The account's contacts and retention, once read: without them a row is shown only as read. */
  links?: PreviewLinks | undefined;
}

const COLUMNS = ['When', 'Type', 'Subject', 'Owner', 'With'];

/** The first rows as the import will read them, or why it will skip them. */
export function RowPreview({ crm, mapping, rows, clock, links }: RowPreviewProps) {
  return (
    <PreviewTable
      caption="First rows as they will be read"
      columns={COLUMNS}
      rows={rows}
      read={(cells) => readRow(cells, { crm, mapping, clock })}
      cells={(row) => <ReadCells row={row} zone={clock.timeZone} skip={skipped(row, crm, links)} />}
    />
  );
}

/** Why the import will read a row but not store it, and the column the preview says it in. */
interface Skip {
  column: 'When' | 'With';
  why: string;
}

/**
 * Why the import will not store a row it reads, in its report's words (run-import.ts readOne):
 * past the retention limit (counted too old, linked or not), else linked to nothing. A row past
 * retention that a touch logged in Touchline merges with is the one exception the preview cannot
 * see (keptByRetention). Until the account's contacts are read, only a row with no id or email is
 * known to link nothing.
 */
function skipped(row: ImportRow, crm: Crm, links: PreviewLinks | undefined): Skip | undefined {
  if (!links) {
    const named = row.contactIds.length + row.dealIds.length + row.contactEmails.length > 0;
    return named ? undefined : { column: 'With', why: 'no id or email: will not be linked' };
  }
  if (links.retentionCutoff !== undefined && row.timestamp < links.retentionCutoff) {
    return { column: 'When', why: 'older than the retention limit: not imported' };
  }
  if (isLinked(linkRow(row, crm, links.tenant, links.byEmail))) return undefined;
  return { column: 'With', why: `will not be linked: ${unlinkedReason(row, links.byEmail)}` };
}

function ReadCells({ row, zone, skip }: { row: ImportRow; zone: string; skip: Skip | undefined }) {
  const when = row.timePrecision === 'minute' ? teamDateTime(row.timestamp, zone) : teamDate(row.timestamp, zone);
  const direction = row.direction === 'unknown' ? '' : ` (${row.direction})`;
  return (
    <>
      <td>{skip?.column === 'When' ? `${when} (${skip.why})` : when}</td>
      <td>
        {row.type}
        {direction}
        {row.planned ? ', planned' : ''}
      </td>
      <td>{row.title}</td>
      <td>{row.owner ?? ''}</td>
      <td>{skip?.column === 'With' ? skip.why : withWhom(row)}</td>
    </>
  );
}

function withWhom(row: ImportRow): string {
  const contact = row.contactIds.length > 0 ? `contact id ${row.contactIds.join(', ')}` : row.contactEmails.join(', ');
  const deal = row.dealIds.length > 0 ? `deal id ${row.dealIds.join(', ')}` : undefined;
  return [contact, deal].filter(Boolean).join('; ');
}
