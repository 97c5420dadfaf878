import type { PageClock } from '../../../lib/adapters/types';
import type { DealMapping } from '../../../lib/csv-import/deals/mapping';
import { readDealRow } from '../../../lib/csv-import/deals/read-deal-row';
import type { Crm } from '../../../lib/schema/activity';
import type { DealImportRow } from '../../../lib/schema/deal-import';

interface DealPreviewProps {
  crm: Crm;
  mapping: DealMapping;
  rows: string[][];
  clock: PageClock;
}

const SHOWN = 5;

/** The first deals as the import will read them (name, stage, entered on, amount, owner), or why a row is skipped. */
export function DealPreview({ crm, mapping, rows, clock }: DealPreviewProps) {
  return (
    <table class="tl-import-preview" data-preview="deals">
      <caption>First deals as they will be read</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Deal</th>
          <th scope="col">Stage</th>
          <th scope="col">Entered the stage on</th>
          <th scope="col">Amount</th>
          <th scope="col">Owner</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, SHOWN).map((cells, i) => {
          const read = readDealRow(cells, { crm, mapping, clock });
          return (
            <tr key={i} data-preview-row={i + 1}>
              <th scope="row">{i + 1}</th>
              {read.ok ? (
                <DealCells row={read.row} zone={clock.timeZone} />
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

function DealCells({ row, zone }: { row: DealImportRow; zone: string }) {
  const entry = row.entries.filter((e) => e.stage === row.stage).at(-1);
  const entered = entry
    ? new Date(entry.enteredAt).toLocaleDateString(undefined, { timeZone: zone, dateStyle: 'medium' })
    : 'not in the file: counted from today';
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
