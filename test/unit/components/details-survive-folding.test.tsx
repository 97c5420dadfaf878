// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

/** The panel with its collapsed state kept as the content script keeps it, a call just logged. */
function Folding({ onEditLogged }: { onEditLogged: () => void }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Panel
      state={{ status: 'ready', view: jordanLee() }}
      collapsed={collapsed}
      onToggleCollapsed={() => setCollapsed((c) => !c)}
      onLog={vi.fn()}
      onUndo={vi.fn()}
      onEditLogged={onEditLogged}
      undo={{ label: 'Logged a call', key: 'touch-1', channel: 'call' }}
      loadTrendChart={() => new Promise<TrendChartModule>(() => {})}
    />
  );
}

const NOTE = 'Called back from mobile, wants pricing';
const formOrNull = () => screen.queryByRole('form', { name: 'Details of the touch just logged' });

/** The collapse button and Alt+Shift+T (the same toggle) fold the panel to its tab. */
describe('a note typed in the details form, then the panel folded and unfolded', () => {
  it('is still there to be saved', () => {
    const onEditLogged = vi.fn();
    render(<Folding onEditLogged={onEditLogged} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    fireEvent.input(within(formOrNull() as HTMLElement).getByRole('textbox', { name: 'note' }), {
      target: { value: NOTE },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Collapse the Touchline panel' }));
    // Folded, the panel is its tab alone: the form is kept out of sight.
    expect(formOrNull()).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Expand the Touchline panel',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Expand the Touchline panel' }));

    const again = formOrNull();
    expect(again).not.toBeNull();
    const note = within(again as HTMLElement).getByRole('textbox', { name: 'note' }) as HTMLTextAreaElement;
    expect(note.value).toBe(NOTE);
    fireEvent.click(within(again as HTMLElement).getByRole('button', { name: 'Save details' }));
    expect(onEditLogged).toHaveBeenCalledWith('touch-1', expect.objectContaining({ channel: 'call', note: NOTE }));
  });
});
