import type { DealView } from '../lib/schema/view-model';
import { formatMoney } from './format';
import { Metric } from './Metric';

interface DealTitleProps {
  view: DealView;
}

/** "Fleet pilot · $31,500 · Proposal" */
export function DealTitle({ view }: DealTitleProps) {
  return (
    <h2 class="tl-title">
      {view.name}
      {view.amount !== undefined && <span class="tl-subtitle"> · {formatMoney(view.amount, view.currency)}</span>}
      <span class="tl-subtitle">
        {' · '}
        <Metric name="stage" value={view.stage ?? null} reason="no-stage">
          {view.stage ?? 'stage unknown'}
        </Metric>
      </span>
      {view.closed && <span class="tl-tag">closed {view.closed}</span>}
    </h2>
  );
}
