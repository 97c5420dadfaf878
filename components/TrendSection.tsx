import { useState } from 'preact/hooks';
import { trendWeeksRead } from '../lib/metrics/trend-read-in-part';
import type { NotRead } from '../lib/schema/read-result';
import { TrendChart } from './TrendChart';
import type { TrendChartModule, WeeklyTrend } from './trend-chart-api';

interface TrendSectionProps {
  weekly: WeeklyTrend;
  loadTrendChart: () => Promise<TrendChartModule>;
  /** What the page did not read: weeks the timeline was not loaded back to are left out (trendWeeksRead). */
  notRead?: readonly NotRead[];
  /** The user's zone, the weeks' (the view's period zone). */
  timeZone: string;
}

/** Closed by default: the chart chunk is only fetched when the user opens the section. */
export function TrendSection({ weekly, loadTrendChart, notRead = [], timeZone }: TrendSectionProps) {
  const [open, setOpen] = useState(false);
  const { weeks, note } = trendWeeksRead(weekly, notRead, timeZone);
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
      {open && note && <p class="tl-hint">{note}</p>}
      {open && <TrendChart weekly={weeks} loadTrendChart={loadTrendChart} />}
    </section>
  );
}
