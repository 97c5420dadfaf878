// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { PanelProps } from '../../../components/panel-state';
import type { SettingsActions } from '../../../components/settings-actions';
import type { RecordView } from '../../../lib/schema/view-model';
import { fleetPilot, jordanLee } from '../components/view-fixtures';

function renderWith(view: RecordView, settings: SettingsActions | undefined) {
  const props: PanelProps = {
    state: { status: 'ready', view },
    collapsed: false,
    onToggleCollapsed: vi.fn(),
    onLog: vi.fn(),
    onUndo: vi.fn(),
    onEditLogged: vi.fn(),
    undo: null,
    loadTrendChart: vi.fn(() => new Promise<never>(() => {})),
  };
  return render(<Panel {...props} settings={settings} />);
}

const spies = () => ({ choosePeriod: vi.fn(), openOptions: vi.fn(), openTeam: vi.fn() });

const lastQuarter = (view: RecordView): RecordView => ({
  ...view,
  motion: 'enterprise',
  period: { ...view.period, label: 'last quarter (Q3 2026)', choice: 'last-quarter' },
});

afterEach(cleanup);

describe('the panel header', () => {
  it.each([
    ['a contact', jordanLee()],
    ['a deal', fleetPilot()],
  ])('on %s, offers the six periods with the shown one selected, and saves a new choice', (_, view) => {
    const actions = spies();
    const { container } = renderWith(lastQuarter(view), actions);
    const select = container.querySelector<HTMLSelectElement>('select[data-action="period"]');
    expect(select).not.toBeNull();
    expect([...(select?.options ?? [])].map((o) => o.value)).toEqual([
      '7d',
      '14d',
      '30d',
      '90d',
      'this-quarter',
      'last-quarter',
    ]);
    expect(select?.value).toBe('last-quarter');
    expect(select?.title).toContain('last quarter (Q3 2026)');
    fireEvent.change(select as HTMLSelectElement, { target: { value: '7d' } });
    expect(actions.choosePeriod).toHaveBeenCalledWith('7d');
  });

  it('shows the motion, which opens the options page', () => {
    const actions = spies();
    renderWith(lastQuarter(jordanLee()), actions);
    const motion = screen.getByRole('button', { name: 'enterprise' });
    expect(motion.dataset.motion).toBe('enterprise');
    fireEvent.click(motion);
    expect(actions.openOptions).toHaveBeenCalledOnce();
  });

  it('lists "open-options" and "open-team" in the menu', () => {
    const actions = spies();
    const { container } = renderWith(lastQuarter(jordanLee()), actions);
    fireEvent.click(screen.getByRole('button', { name: 'Touchline menu' }));
    const item = (action: string) => container.querySelector<HTMLElement>(`[role="menuitem"][data-action="${action}"]`);
    fireEvent.click(item('open-options') as HTMLElement);
    expect(actions.openOptions).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Touchline menu' }));
    fireEvent.click(item('open-team') as HTMLElement);
    expect(actions.openTeam).toHaveBeenCalledOnce();
  });

  it('shows the period as text where no settings actions are wired', () => {
    const { container } = renderWith(lastQuarter(jordanLee()), undefined);
    expect(container.querySelector('[data-action="period"]')).toBeNull();
    expect(container.querySelector('.tl-period')?.textContent).toBe('last quarter (Q3 2026)');
  });
});
