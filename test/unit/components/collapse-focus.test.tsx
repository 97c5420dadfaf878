// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

/** The panel with its collapsed state kept as the content script keeps it. */
function Folding() {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Panel
      state={{ status: 'ready', view: jordanLee() }}
      collapsed={collapsed}
      onToggleCollapsed={() => setCollapsed((c) => !c)}
      onLog={vi.fn()}
      onUndo={vi.fn()}
      onEditLogged={vi.fn()}
      undo={null}
      loadTrendChart={() => new Promise<TrendChartModule>(() => {})}
    />
  );
}

describe('folding and unfolding the panel from the keyboard', () => {
  it('keeps focus on the control that takes its place, so Enter unfolds it again', () => {
    render(<Folding />);
    const collapse = screen.getByRole('button', { name: 'Collapse the Touchline panel' });
    collapse.focus();
    fireEvent.click(collapse);

    const expand = screen.getByRole('button', { name: 'Expand the Touchline panel' });
    expect(document.activeElement).toBe(expand);
    fireEvent.click(expand);

    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Collapse the Touchline panel' }));
  });
});
