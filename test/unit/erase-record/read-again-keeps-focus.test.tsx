// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelState } from '../../../components/Panel';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { jordanLee } from '../components/view-fixtures';

afterEach(cleanup);

/** The panel after Jordan was erased from the menu; "Read this page again" starts reading, as record-session's readAgain does. */
function Erased() {
  const [state, setState] = useState<PanelState>({ status: 'ready', view: jordanLee() });
  const [erased, setErased] = useState<string | null>(
    'Erased Jordan Lee: 1 contact, 9 activities and 1 touch logged in Touchline.',
  );
  return (
    <Panel
      state={state}
      collapsed={false}
      onToggleCollapsed={vi.fn()}
      onLog={vi.fn()}
      onUndo={vi.fn()}
      onEditLogged={vi.fn()}
      undo={null}
      loadTrendChart={() => new Promise<TrendChartModule>(() => {})}
      erase={{
        erased,
        onErase: vi.fn(),
        onReadAgain: () => {
          setErased(null);
          setState({ status: 'reading' });
        },
      }}
    />
  );
}

/**
 * The notice, and the button with it, give way to "Reading this page…" at once: focus would drop
 * onto the CRM page's body. It waits on the panel's collapse control, as after "Try again".
 */
describe('"Read this page again" after an erase, from the keyboard', () => {
  it('leaves focus in the panel, on its collapse control', () => {
    render(<Erased />);
    const button = screen.getByRole('button', { name: 'Read this page again' });
    button.focus();
    fireEvent.click(button);

    expect(screen.queryByRole('button', { name: 'Read this page again' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Collapse the Touchline panel' }));
  });
});
