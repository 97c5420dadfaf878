import { useState } from 'preact/hooks';
import { TrendChart } from './TrendChart';
import type { TrendChartModule, WeeklyTrend } from './trend-chart-api';

interface TrendSectionProps {
  weekly: WeeklyTrend;
  loadTrendChart: () => Promise<TrendChartModule>;
}

/** Closed by default: the chart chunk is only fetched when the user opens the section. */
export function TrendSection({ weekly, loadTrendChart }: TrendSectionProps) {
  const [open, setOpen] = useState(false);
  return (
    <section class="tl-card" aria-label="Trend">
      <button
        type="button"
        class="tl-disclosure"
        aria-expanded={open ? 'true' : 'false'}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Trend (90 days)
      </button>
      {open && <TrendChart weekly={weekly} loadTrendChart={loadTrendChart} />}
    </section>
  );
}
