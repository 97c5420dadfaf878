import type { DealView } from '../lib/schema/view-model';
import { formatPercent } from './format';

interface StageConversionProps {
  conversion: DealView['conversion'];
  /** The rows from the top the viewed deal may have entered unseen, its stage history read in part (rowsBeforeHistory). */
  unknownRows?: number;
}

/**
 * Of the deals in the cache that entered each open stage, the share that moved on to a later one or
 * were won; "—" where no deal entered, or where deals whose history starts later (known from an
 * export that dates only their current stage, or the viewed deal, its history read in part) may
 * have passed through unseen.
 */
export function StageConversion({ conversion, unknownRows = 0 }: StageConversionProps) {
  if (conversion.length === 0) return null;
  return (
    <section class="tl-card" aria-label="Stage conversion">
      <h3 class="tl-card-title">Stage conversion (your deals)</h3>
      <table class="tl-table">
        <tbody>
          {conversion.map((row, index) => (
            <tr key={row.stage}>
              <th scope="row">{row.stage}</th>
              <td class="tl-num">{row.rate === null || index < unknownRows ? '—' : formatPercent(row.rate)}</td>
              <td class="tl-small">{index < unknownRows ? beforeHistoryRead(row) : detail(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function detail(row: DealView['conversion'][number]): string {
  if (row.entered === 0) return 'no deals entered yet';
  const counted = `${row.advanced} of ${row.entered} moved on or won`;
  // A stage some deal entered has no share only when a history that may begin after it (a deal known
  // from an export dating only its current stage) could hide deals that went through it.
  return row.rate === null ? `${counted}; share not known: imported deals may have passed through unseen` : counted;
}

/**
 * A stage placed before the viewed deal's history read in part: the deal may have entered it
 * unseen, so "no deals entered yet" and the share would both be guesses.
 */
function beforeHistoryRead(row: DealView['conversion'][number]): string {
  const unseen = "this deal's earlier stages were not read";
  if (row.entered === 0) return `not known: ${unseen}`;
  return `${row.advanced} of ${row.entered} moved on or won; share not known: ${unseen}`;
}
