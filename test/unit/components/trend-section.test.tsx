// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { renderPanel } from './render-panel';
import { fleetPilot, jordanLee } from './view-fixtures';

afterEach(cleanup);

function fakeChartModule() {
  const destroy = vi.fn();
  const renderTrend = vi.fn<TrendChartModule['renderTrend']>(() => ({ destroy }));
  return { module: { renderTrend }, renderTrend, destroy };
}

const openTrend = () => fireEvent.click(screen.getByRole('button', { name: 'Trend (90 days)' }));

describe('Trend section', () => {
  it('loads the chart only when opened, then draws the weekly data on the canvas', async () => {
    const { module, renderTrend } = fakeChartModule();
    const loadTrendChart = vi.fn(async () => module);
    const view = jordanLee();
    renderPanel({ status: 'ready', view }, { loadTrendChart });
    expect(loadTrendChart).not.toHaveBeenCalled();
    expect(document.querySelector('canvas')).toBeNull();

    openTrend();
    expect(loadTrendChart).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(renderTrend).toHaveBeenCalledTimes(1));
    const [canvas, weekly, options] = renderTrend.mock.calls[0] ?? [];
    expect(canvas).toBe(
      screen.getByRole('img', { name: /touches per week by channel over the last 4 weeks, 9 touches in all/ }),
    );
    expect(weekly).toEqual(view.weekly);
    expect(options?.labels.social).toBe('social');
  });

  it('has a table of the same numbers for screen readers', () => {
    renderPanel({ status: 'ready', view: jordanLee() });
    openTrend();
    const table = screen.getByRole('table', { name: 'Touches per week by channel' });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent).join(' '),
    );
    expect(rows[0]).toBe('Mon 26 Oct 1 2 0 0 0');
    expect(rows).toHaveLength(4);
  });

  it('destroys the chart when the section closes and when the record changes', async () => {
    const { module, renderTrend, destroy } = fakeChartModule();
    const loadTrendChart = vi.fn(async () => module);
    const { props, rerender } = renderPanel({ status: 'ready', view: jordanLee() }, { loadTrendChart });
    openTrend();
    await waitFor(() => expect(renderTrend).toHaveBeenCalledTimes(1));
    openTrend();
    expect(destroy).toHaveBeenCalledTimes(1);

    openTrend();
    await waitFor(() => expect(renderTrend).toHaveBeenCalledTimes(2));
    rerender(<Panel {...props} state={{ status: 'ready', view: fleetPilot() }} />);
    expect(destroy).toHaveBeenCalledTimes(2);
  });

  it('never draws a chart for data that changed while the chart was loading', async () => {
    const { module, renderTrend, destroy } = fakeChartModule();
    const pending: ((m: TrendChartModule) => void)[] = [];
    const loadTrendChart = vi.fn(() => new Promise<TrendChartModule>((resolve) => pending.push(resolve)));
    const first = jordanLee();
    const { props, rerender, unmount } = renderPanel({ status: 'ready', view: first }, { loadTrendChart });
    openTrend();
    const updated = { ...first, weekly: first.weekly.slice(1) };
    rerender(<Panel {...props} state={{ status: 'ready', view: updated }} />);
    for (const resolve of pending) resolve(module);
    await waitFor(() => expect(renderTrend).toHaveBeenCalledTimes(1));
    expect(renderTrend.mock.calls[0]?.[1]).toEqual(updated.weekly);
    unmount();
    expect(destroy).toHaveBeenCalledTimes(1);
  });

  it('shows the numbers in words when the chart cannot be loaded', async () => {
    const loadTrendChart = vi.fn(() => Promise.reject(new Error('blocked')));
    renderPanel({ status: 'ready', view: jordanLee() }, { loadTrendChart });
    openTrend();
    await screen.findByText('The chart could not be loaded; the numbers are below.');
    expect(screen.getByRole('table').classList.contains('tl-sr-only')).toBe(false);
  });
});
