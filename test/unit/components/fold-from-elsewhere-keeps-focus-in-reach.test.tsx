// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { PanelProps } from '../../../components/panel-state';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

const props: PanelProps = {
  state: { status: 'ready', view: jordanLee() },
  collapsed: false,
  onToggleCollapsed: vi.fn(),
  onLog: vi.fn(),
  onUndo: vi.fn(),
  onEditLogged: vi.fn(),
  undo: null,
  loadTrendChart: () => new Promise<TrendChartModule>(() => {}),
};

/** A CRM page control beside the panel, folded or not as the content script's store says. */
const page = (collapsed: boolean) => (
  <div>
    <button type="button">CRM page control</button>
    <Panel {...props} collapsed={collapsed} />
  </div>
);

/**
 * Alt+Shift+T reaches the content script as the background's `togglePanel` message, which folds or
 * unfolds the panel in its store (start-touchline.tsx): the panel is drawn with the new `collapsed`
 * and no click on its own controls. Focus in the panel moves as for the collapse button; focus on
 * the page stays there.
 */
describe('folding or unfolding with the shortcut', () => {
  it('moves focus to the folded tab when it was on a control of the panel', () => {
    const { rerender } = render(page(false));
    screen.getByRole('button', { name: 'Log a call' }).focus();

    rerender(page(true));

    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Expand the Touchline panel' }));
  });

  it('moves focus to the collapse button when unfolding from the folded tab', () => {
    const { rerender } = render(page(true));
    screen.getByRole('button', { name: 'Expand the Touchline panel' }).focus();

    rerender(page(false));

    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Collapse the Touchline panel' }));
  });

  it('leaves focus on the page when it was there', () => {
    const { rerender } = render(page(false));
    const pageControl = screen.getByRole('button', { name: 'CRM page control' });
    pageControl.focus();

    rerender(page(true));
    expect(document.activeElement).toBe(pageControl);
    rerender(page(false));
    expect(document.activeElement).toBe(pageControl);
  });
});
