// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { SettingsActions } from '../../../components/settings-actions';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { ask } from '../../../lib/content/messages';
import { PanelRoot } from '../../../lib/content/PanelRoot';
import { createPanelStore } from '../../../lib/content/panel-store';
import type { RecordView } from '../../../lib/schema/view-model';
import type { PeriodChoice } from '../../../lib/settings/period-choice';
import { renderPanel } from '../components/render-panel';
import { jordanLee } from '../components/view-fixtures';

vi.mock('../../../lib/content/messages', () => ({
  ask: vi.fn(async (name: string) =>
    name === 'choosePeriod'
      ? { ok: false, error: { kind: 'storage', message: 'Touchline could not save the period.' } }
      : { ok: true },
  ),
}));

afterEach(cleanup);

const NOT_SAVED = 'Touchline could not save the period.';
const switchShown = () =>
  screen.getByRole('combobox', { name: /Period the touches, rates and gaps are for/ }) as HTMLSelectElement;
const touchesShown = () => document.querySelector('[data-metric="touches-total"]')?.getAttribute('data-value');
const lastDays = (days: 7 | 30): RecordView => {
  const view = jordanLee();
  view.period = { ...view.period, choice: `${days}d`, label: `last ${days} days` };
  return view;
};
const settings = (choosePeriod: SettingsActions['choosePeriod']): SettingsActions => ({
  choosePeriod,
  openOptions: vi.fn(),
  openTeam: vi.fn(),
});

/**
 * The switch saves the period through the background and the numbers follow the storage change.
 * A save that fails changes no number: the switch must not say "Last 7 days" over 30 days' numbers.
 */
describe('a period chosen in the header that could not be saved', () => {
  it('leaves the switch on the period the numbers are for (the content script’s wiring)', async () => {
    const store = createPanelStore({
      state: { status: 'ready', view: lastDays(30) },
      collapsed: false,
      undo: null,
      notice: null,
    });
    render(
      <PanelRoot
        store={store}
        actions={{
          toggleCollapsed: vi.fn(),
          log: vi.fn(),
          undo: vi.fn(),
          editLogged: vi.fn(),
          loadTrendChart: () => new Promise<TrendChartModule>(() => {}),
          saveTestPage: vi.fn(),
        }}
      />,
    );
    // The panel draws its sections a task apart: the 30 days' touches are shown before the switch is used.
    await vi.waitFor(() => expect(touchesShown()).toBe('9'));
    fireEvent.change(switchShown(), { target: { value: '7d' } });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith('choosePeriod', { period: '7d' }));
    await new Promise((r) => setTimeout(r, 100));

    expect(touchesShown()).toBe('9');
    expect(switchShown().value).toBe('30d');
  });

  it('says so plainly, with the period every number is still for', async () => {
    const choosePeriod = vi.fn(async (_: PeriodChoice) => NOT_SAVED);
    renderPanel({ status: 'ready', view: lastDays(30) }, { settings: settings(choosePeriod) });
    fireEvent.change(switchShown(), { target: { value: '7d' } });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Period not changed: Touchline could not save the period. Every number is still for last 30 days.',
    );
    expect(choosePeriod).toHaveBeenCalledWith('7d');
    expect(switchShown().value).toBe('30d');
  });
});

describe('a period chosen in the header and saved', () => {
  it('moves the switch once the numbers follow', async () => {
    const actions = settings(vi.fn(async () => null));
    const { rerender, props } = renderPanel({ status: 'ready', view: lastDays(30) }, { settings: actions });
    fireEvent.change(switchShown(), { target: { value: '7d' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(switchShown().value).toBe('30d');
    expect(screen.queryByRole('alert')).toBeNull();

    // The storage change brings the 7 days' numbers.
    rerender(<Panel {...props} state={{ status: 'ready', view: lastDays(7) }} settings={actions} />);
    expect(switchShown().value).toBe('7d');
  });

  it('after a failure (said), takes what was said away once the numbers are for another period', async () => {
    const actions = settings(vi.fn(async () => NOT_SAVED));
    const { rerender, props } = renderPanel({ status: 'ready', view: lastDays(30) }, { settings: actions });
    fireEvent.change(switchShown(), { target: { value: '7d' } });
    await screen.findByRole('alert');

    // Another tab switched to 7 days.
    rerender(<Panel {...props} state={{ status: 'ready', view: lastDays(7) }} settings={actions} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
