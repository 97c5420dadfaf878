import type { DealView } from '../lib/schema/view-model';
import { formatPercent } from './format';

interface StageConversionProps {
  conversion: DealView['conversion'];
}

/** Of the deals in the cache that entered each open stage, the share that moved on to a later one or were won. */
export function StageConversion({ conversion }: StageConversionProps) {
  if (conversion.length === 0) return null;
  return (
    <section class="tl-card" aria-label="Stage conversion">
      <h3 class="tl-card-title">Stage conversion (your deals)</h3>
      <table class="tl-table">
        <tbody>
          {conversion.map((row) => (
            <tr key={row.stage}>
              <th scope="row">{row.stage}</th>
              <td class="tl-num">{row.rate === null ? '—' : formatPercent(row.rate)}</td>
              <td class="tl-small">
                {row.entered === 0 ? 'no deals entered yet' : `${row.advanced} of ${row.entered} moved on or won`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
