// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Layout } from '../../../lib/content/layout-choice';
import { renderPanel } from '../components/render-panel';
import { jordanLee } from '../components/view-fixtures';

afterEach(cleanup);

function renderWithLayout(current: Layout) {
  const onChoose = vi.fn();
  renderPanel({ status: 'ready', view: jordanLee() }, { layout: { current, onChoose } });
  return onChoose;
}

const menuButton = () => screen.getByRole('button', { name: 'Touchline menu' });
const item = (action: string) => document.querySelector<HTMLElement>(`[data-action="${action}"]`);

describe('the layout in the panel menu', () => {
  it('offers overlay and make room as a choice, the one in use checked', () => {
    renderWithLayout('make-room');
    fireEvent.click(menuButton());
    const choices = screen.getAllByRole('menuitemradio');
    expect(choices.map((c) => [c.getAttribute('data-action'), c.textContent, c.getAttribute('aria-checked')])).toEqual([
      ['layout-overlay', 'Overlay the page', 'false'],
      ['layout-make-room', 'Make room beside the page', 'true'],
    ]);
  });

  it('applies a choice at once and closes the menu', () => {
    const onChoose = renderWithLayout('overlay');
    fireEvent.click(menuButton());
    fireEvent.click(item('layout-make-room') as HTMLElement);
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('make-room');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('is reached with the keyboard like the other items', () => {
    const onChoose = renderWithLayout('overlay');
    fireEvent.keyDown(menuButton(), { key: 'ArrowDown' });
    let steps = 0;
    while (document.activeElement?.getAttribute('data-action') !== 'layout-make-room' && steps < 10) {
      fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
      steps += 1;
    }
    expect(document.activeElement).toBe(item('layout-make-room'));
    fireEvent.click(document.activeElement as Element);
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('make-room');
  });

  it('is not in the menu of a panel that cannot change its layout', () => {
    renderPanel(
      { status: 'ready', view: jordanLee() },
      { capture: { testPage: { status: 'idle' }, notRead: [], onSaveTestPage: vi.fn() } },
    );
    fireEvent.click(menuButton());
    expect(screen.queryAllByRole('menuitemradio')).toEqual([]);
  });
});
