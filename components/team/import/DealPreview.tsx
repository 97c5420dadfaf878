import type { PageClock } from '../../../lib/adapters/types';
import type { DealMapping } from '../../../lib/csv-import/deals/mapping';
import { readDealRow } from '../../../lib/csv-import/deals/read-deal-row';
import type { Crm } from '../../../lib/schema/activity';
import type { DealImportRow } from '../../../lib/schema/deal-import';
import { teamDate } from '../team-dates';
import { PreviewTable } from './PreviewTable';

interface DealPreviewProps {
  crm: Crm;
  mapping: DealMapping;
  rows: string[][];
  clock: PageClock;
}

const COLUMNS = ['Deal', 'Stage', 'Entered the stage on', 'Amount', 'Owner'];

/** The first deals as the import will read them (name, stage, entered on, amount, owner), or why a row is skipped. */
export function DealPreview({ crm, mapping, rows, clock }: DealPreviewProps) {
  return (
    <PreviewTable
      caption="First deals as they will be read"
      kind="deals"
      columns={COLUMNS}
      rows={rows}
      read={(cells) => readDealRow(cells, { crm, mapping, clock })}
      cells={(row) => <DealCells row={row} zone={clock.timeZone} />}
    />
  );
}

function DealCells({ row, zone }: { row: DealImportRow; zone: string }) {
  const entry = row.entries.filter((e) => e.stage === row.stage).at(-1);
  const entered = entry ? teamDate(entry.enteredAt, zone) : 'not in the file: counted from today';
  const amount =
    row.amount === undefined
      ? ''
      : row.amount.toLocaleString(undefined, row.currency ? { style: 'currency', currency: row.currency } : {});
  return (
    <>
      <td>{row.name}</td>
      <td>
        {row.stage}
        {row.closed ? ` (${row.closed})` : ''}
      </td>
      <td>
        {entered}
        {entry?.approximate ? ' (from the days in stage)' : ''}
      </td>
      <td>{amount}</td>
      <td>{row.owner ?? ''}</td>
    </>
  );
}
