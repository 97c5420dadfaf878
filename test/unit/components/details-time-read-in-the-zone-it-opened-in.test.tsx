// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { PanelProps, PanelState } from '../../../components/panel-state';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { browserTimeZone } from '../../../lib/db/time-precision';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

const NEW_YORK = 'America/New_York';

/** The panel on Jordan Lee in New York time, its details form open on a logged call with 08:00 typed. */
function typedEightInNewYork() {
  expect(browserTimeZone()).not.toBe(NEW_YORK);
  const view = jordanLee();
  view.period = { ...view.period, timeZone: NEW_YORK };
  const onEditLogged = vi.fn();
  const props = (state: PanelState): PanelProps => ({
    state,
    collapsed: false,
    onToggleCollapsed: vi.fn(),
    onLog: vi.fn(),
    onUndo: vi.fn(),
    onEditLogged,
    undo: { label: 'Logged a call', key: 'touch-1', channel: 'call' },
    loadTrendChart: () => new Promise<TrendChartModule>(() => {}),
  });
  const { rerender } = render(<Panel {...props({ status: 'ready', view })} />);
  fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
  const form = () => screen.getByRole('form', { name: 'Details of the touch just logged' });
  const when = form().querySelector<HTMLInputElement>('input[type="datetime-local"]') as HTMLInputElement;
  fireEvent.input(when, { target: { value: '2026-11-20T08:00' } });
  return { view, props, rerender, form, onEditLogged };
}

/**
 * The form shows and reads its time in the user's zone (LogDetailsForm.tsx). The zone the panel
 * passes can change while the form is open: with no view (the same record read again, or its
 * reading answered with an error) it is the browser's, and a settings change reads the page again
 * in the new zone. The time typed is read in the zone the form showed it in: 08:00 New York is
 * 13:00 UTC, not 08:00 UTC.
 */
describe('the time typed in the details form', () => {
  it('is read in the zone the form opened in while the record is read again with an error', () => {
    const { props, rerender, form, onEditLogged } = typedEightInNewYork();

    rerender(
      <Panel {...props({ status: 'error', message: 'Touchline’s background did not answer within 20 seconds.' })} />,
    );
    fireEvent.submit(form());

    expect(onEditLogged).toHaveBeenCalledTimes(1);
    expect(onEditLogged.mock.calls[0]?.[1]).toMatchObject({ timestamp: '2026-11-20T13:00:00.000Z' });
  });

  it('is read in the zone the form opened in after the zone setting changed', () => {
    const { view, props, rerender, form, onEditLogged } = typedEightInNewYork();

    const tokyo = { ...view, period: { ...view.period, timeZone: 'Asia/Tokyo' } };
    rerender(<Panel {...props({ status: 'ready', view: tokyo })} />);
    // The zone named beside the time is still the one the time was typed in.
    expect(form().textContent).toContain(NEW_YORK);
    fireEvent.submit(form());

    expect(onEditLogged.mock.calls[0]?.[1]).toMatchObject({ timestamp: '2026-11-20T13:00:00.000Z' });
  });
});
