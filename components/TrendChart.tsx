import { useEffect, useRef, useState } from 'preact/hooks';
import { CHANNEL_LABEL, CHANNELS } from './channels';
import { formatDay, plural } from './format';
import type { TrendChartModule, WeeklyTrend } from './trend-chart-api';
import { trendOptionsFor } from './trend-options';

interface TrendChartProps {
  weekly: WeeklyTrend;
  loadTrendChart: () => Promise<TrendChartModule>;
}

type ChartStatus = 'loading' | 'shown' | 'failed';

/** Touches per week by channel: a canvas chart for sight, a table for screen readers (and if loading fails). */
export function TrendChart({ weekly, loadTrendChart }: TrendChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [status, setStatus] = useState<ChartStatus>('loading');
  const total = weekly.reduce((sum, week) => sum + CHANNELS.reduce((s, c) => s + week.byChannel[c], 0), 0);

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

  const label = `Bar chart of touches per week by channel over the last ${weekly.length} weeks, ${plural(total, 'touch', 'touches')} in all`;
  return (
    <div class="tl-trend" aria-busy={status === 'loading' ? 'true' : undefined}>
      <canvas ref={canvas} class="tl-trend-canvas" width={288} height={150} role="img" aria-label={label} />
      {status === 'failed' && <p class="tl-hint">The chart could not be loaded; the numbers are below.</p>}
      <table class={status === 'failed' ? 'tl-trend-table' : 'tl-trend-table tl-sr-only'}>
        <caption>Touches per week by channel</caption>
        <thead>
          <tr>
            <th scope="col">week of</th>
            {CHANNELS.map((channel) => (
              <th key={channel} scope="col">
                {CHANNEL_LABEL[channel]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weekly.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{formatDay(week.weekStart)}</th>
              {CHANNELS.map((channel) => (
                <td key={channel}>{week.byChannel[channel]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
