import { useEffect, useRef, useState } from 'preact/hooks';
import { CHANNEL_LABEL } from './channels';
import { formatDay, plural } from './format';
import type { TrendChartModule, WeeklyTrend } from './trend-chart-api';
import { trendOptionsFor } from './trend-options';
import { seriesLabel, trendSeries, trendTotal, weekCount } from './trend-series';

interface TrendChartProps {
  weekly: WeeklyTrend;
  loadTrendChart: () => Promise<TrendChartModule>;
}

type ChartStatus = 'loading' | 'shown' | 'failed';

/**
 * Touches per week by channel, and completed tasks counted as touches (a setting) as a series of
 * their own: a canvas chart for sight, a table for screen readers (and if loading fails).
 */
export function TrendChart({ weekly, loadTrendChart }: TrendChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [status, setStatus] = useState<ChartStatus>('loading');
  const series = trendSeries(weekly);
  const total = trendTotal(weekly);
  const by = series.includes('task') ? 'by channel and completed tasks' : 'by channel';

  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    loadTrendChart().then(
      (module) => {
        if (cancelled || !canvas.current) return;
        chart = module.renderTrend(canvas.current, weekly, trendOptionsFor(canvas.current));
        setStatus('shown');
      },
      () => {
        if (!cancelled) setStatus('failed');
      },
    );
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [weekly, loadTrendChart]);

  const label = `Bar chart of touches per week ${by} over the last ${weekly.length} weeks, ${plural(total, 'touch', 'touches')} in all`;
  return (
    <div class="tl-trend" aria-busy={status === 'loading' ? 'true' : undefined}>
      <canvas ref={canvas} class="tl-trend-canvas" width={288} height={150} role="img" aria-label={label} />
      {status === 'failed' && <p class="tl-hint">The chart could not be loaded; the numbers are below.</p>}
      <table class={status === 'failed' ? 'tl-trend-table' : 'tl-trend-table tl-sr-only'}>
        <caption>Touches per week {by}</caption>
        <thead>
          <tr>
            <th scope="col">week of</th>
            {series.map((name) => (
              <th key={name} scope="col">
                {seriesLabel(name, CHANNEL_LABEL)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weekly.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{formatDay(week.weekStart)}</th>
              {series.map((name) => (
                <td key={name}>{weekCount(week, name)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
