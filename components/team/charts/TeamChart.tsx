import type { ChartConfiguration } from 'chart.js';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ChartColors, chartColors } from './chart-colors';
import type { ChartClass } from './load-chart';
import { useDarkScheme } from './use-color-scheme';

interface TeamChartProps {
  title: string;
  /** What the picture shows, for screen readers (the table below has the numbers). */
  label: string;
  config: (colors: ChartColors) => ChartConfiguration;
  loadChart: () => Promise<ChartClass>;
  /** The same numbers as a table: read by screen readers, shown when the chart cannot be drawn. */
  table: ComponentChildren;
  height?: number;
}

type Status = 'loading' | 'shown' | 'failed';

/** A chart.js canvas with its table fallback. */
export function TeamChart({ title, label, config, loadChart, table, height = 260 }: TeamChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [status, setStatus] = useState<Status>('loading');
  // Drawn again on a system theme switch, with the colours the page then has.
  const dark = useDarkScheme();
  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    loadChart().then(
      (Chart) => {
        if (cancelled || !canvas.current) return;
        chart = new Chart(canvas.current, config(chartColors(canvas.current)));
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
  }, [config, loadChart, dark]);
  return (
    <figure class="tl-chart" aria-busy={status === 'loading' ? 'true' : undefined}>
      <figcaption>{title}</figcaption>
      <div class="tl-chart-box" style={{ height: `${height}px` }}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      {status === 'failed' && <p class="tl-hint">The chart could not be drawn; the numbers are in the table.</p>}
      <div class={status === 'failed' ? 'tl-table-wrap' : 'tl-table-wrap tl-sr-only'}>{table}</div>
    </figure>
  );
}
