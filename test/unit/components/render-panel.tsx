import { render } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { PanelState } from '../../../components/panel-state';
import type { TrendChartModule } from '../../../components/trend-chart-api';

type PanelProps = ComponentProps<typeof Panel>;

/** Renders the panel with spy callbacks (and any optional offer: capture, settings, erase, layout); returns them with the render result. */
export function renderPanel(state: PanelState, overrides: Partial<PanelProps> = {}) {
  const props: PanelProps = {
    state,
    collapsed: false,
    onToggleCollapsed: vi.fn(),
    onLog: vi.fn(),
    onUndo: vi.fn(),
    onEditLogged: vi.fn(),
    undo: null,
    loadTrendChart: vi.fn(() => new Promise<TrendChartModule>(() => {})),
    ...overrides,
  };
  return { ...render(<Panel {...props} />), props };
}

/** The element carrying a contract data-metric (exactly one must exist). */
export function metric(container: Element, name: string): HTMLElement {
  const found = container.querySelectorAll<HTMLElement>(`[data-metric="${name}"]`);
  if (found.length !== 1) throw new Error(`expected one [data-metric="${name}"], found ${found.length}`);
  return found[0] as HTMLElement;
}
