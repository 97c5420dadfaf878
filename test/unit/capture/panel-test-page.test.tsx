// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelMenu } from '../../../components/PanelMenu';
import type { PanelState } from '../../../components/panel-state';
import type { CaptureOffer } from '../../../components/TestPageOffer';
import { renderPanel } from '../components/render-panel';
import { jordanLee } from '../components/view-fixtures';

afterEach(cleanup);

function renderWithCapture(state: PanelState, capture: Partial<CaptureOffer> = {}) {
  const onSaveTestPage = vi.fn();
  const offer: CaptureOffer = { testPage: { status: 'idle' }, notRead: [], onSaveTestPage, ...capture };
  const result = renderPanel(state, { capture: offer });
  return { ...result, onSaveTestPage };
}

const ready: PanelState = { status: 'ready', view: jordanLee() };
const unreadable: PanelState = {
  status: 'unreadable',
  reason: 'The activity timeline was not found',
  notRead: [{ field: 'activities', reason: 'timeline container missing' }],
};
const saveButtons = (container: Element) => container.querySelectorAll('[data-action="save-test-page"]');

describe('"Save a test page" in the panel', () => {
  it('is offered on an unreadable page, one click away', () => {
    const { container, onSaveTestPage } = renderWithCapture(unreadable);
    const [button] = saveButtons(container);
    expect(button?.textContent).toBe('Save a test page');
    fireEvent.click(button as Element);
    expect(onSaveTestPage).toHaveBeenCalledOnce();
  });

  it('is offered on a read page with items not read, saying how many', () => {
    const notRead = [
      { field: 'activities[3].date', reason: 'no date' },
      { field: 'record.owner', reason: 'not shown' },
    ];
    const { container } = renderWithCapture(ready, { notRead });
    expect(screen.getByText('2 items on this page were not read')).toBeTruthy();
    expect(saveButtons(container)).toHaveLength(1);
  });

  it('is not offered in the body of a page read in full, only in the menu', () => {
    const { container } = renderWithCapture(ready);
    expect(saveButtons(container)).toHaveLength(0);
    expect(container.querySelector('.tl-not-read-notice')).toBeNull();
  });

  it('says while saving, and what to do once the page opened', () => {
    const saving = renderWithCapture(unreadable, { testPage: { status: 'saving' } });
    expect((saveButtons(saving.container)[0] as HTMLButtonElement).disabled).toBe(true);
    // The panel's live region for logged touches is a status too, empty here.
    const said = () => screen.getAllByRole('status').map((region) => region.textContent ?? '');
    expect(said()).toContain('Saving a test page…');
    cleanup();
    renderWithCapture(ready, { testPage: { status: 'saved' } });
    expect(said().some((text) => text.includes('opened in a new tab'))).toBe(true);
  });
});

describe('the header menu', () => {
  const menuButton = () => screen.getByRole('button', { name: 'Touchline menu' });

  it('opens from its button, announces it, and runs the chosen item', () => {
    const { container, onSaveTestPage } = renderWithCapture(ready);
    expect(menuButton().getAttribute('aria-haspopup')).toBe('menu');
    expect(menuButton().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menuButton());
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    const item = screen.getByRole('menuitem', { name: 'Save a test page' });
    expect(document.activeElement).toBe(item);
    expect(item.getAttribute('data-action')).toBe('save-test-page');
    fireEvent.click(item);
    expect(onSaveTestPage).toHaveBeenCalledOnce();
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(menuButton());
  });

  it('opens with ArrowDown, moves with arrows, Home and End, and closes with Escape back on its button', () => {
    const items = ['open-options', 'open-team', 'save-test-page'].map((action) => ({
      action,
      label: action,
      onSelect: vi.fn(),
    }));
    const { container } = render(<PanelMenu items={items} />);
    const focused = () => document.activeElement?.getAttribute('data-action');
    fireEvent.keyDown(menuButton(), { key: 'ArrowDown' });
    expect(focused()).toBe('open-options');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(focused()).toBe('open-team');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(focused()).toBe('save-test-page');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(focused()).toBe('open-options');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(focused()).toBe('save-test-page');
    const reachedPanel = vi.fn();
    container.addEventListener('keydown', reachedPanel);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(menuButton());
    // Escape closes the menu only: it must not also fold the panel.
    expect(reachedPanel).not.toHaveBeenCalled();
    expect(items.some((item) => item.onSelect.mock.calls.length > 0)).toBe(false);
  });

  it('closes on Escape pressed while its button still has focus, without folding the panel', () => {
    const items = [{ action: 'open-options', label: 'Options', onSelect: vi.fn() }];
    const { container } = render(<PanelMenu items={items} />);
    fireEvent.click(menuButton());
    // As just after a click, before the open list takes focus.
    menuButton().focus();
    const reachedPanel = vi.fn();
    container.addEventListener('keydown', reachedPanel);
    fireEvent.keyDown(menuButton(), { key: 'Escape' });
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(menuButton());
    expect(reachedPanel).not.toHaveBeenCalled();
  });
});
