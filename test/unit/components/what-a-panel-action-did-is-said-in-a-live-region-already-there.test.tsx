// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../components/Panel';
import type { PanelProps } from '../../../components/panel-state';
import { renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

/**
 * Focus stays on the button pressed (a log button, the menu's button), so only a live region tells a
 * reader what happened; and a reader says only what changes inside a region already on the page,
 * not a region that comes together with its words (MDN, ARIA live regions).
 */
const LIVE = '[role="status"], [role="log"], [role="alert"], [aria-live]';
const liveRegions = (container: Element) => new Set(container.querySelectorAll(LIVE));
const LOGGED_CALL: PanelProps['undo'] = { label: 'Logged a call', key: 'touch-1', channel: 'call' };

describe('a touch logged from the panel', () => {
  it('has its undo offer, with its Undo and "Add details", come into a live region that was there before', () => {
    const { container, rerender, props } = renderPanel({ status: 'ready', view: jordanLee() });
    const before = liveRegions(container);

    rerender(<Panel {...props} undo={LOGGED_CALL} />);

    const region = screen.getByText('Logged a call').closest(LIVE) as HTMLElement;
    expect(before.has(region)).toBe(true);
    expect(within(region).getByRole('button', { name: 'Undo' })).not.toBeNull();
    expect(within(region).getByRole('button', { name: 'Add details' })).not.toBeNull();
    // One region says it: the offer inside has no role of its own to be announced again.
    expect(region.querySelectorAll(LIVE)).toHaveLength(0);
  });

  it('keeps that region, empty, while the panel is folded, so an offer after unfolding is said too', () => {
    const { container, rerender, props } = renderPanel({ status: 'ready', view: jordanLee() }, { collapsed: true });
    const folded = liveRegions(container);
    expect(folded.size).toBe(1);
    expect([...folded][0]?.textContent).toBe('');

    rerender(<Panel {...props} collapsed={false} />);
    rerender(<Panel {...props} collapsed={false} undo={LOGGED_CALL} />);

    expect(folded.has(screen.getByText('Logged a call').closest(LIVE) as Element)).toBe(true);
  });
});

describe('the open record erased from the panel’s menu', () => {
  const erase = (erased: string | null) => ({ erased, onErase: vi.fn(), onReadAgain: vi.fn() });

  it('has its notice, with "Read this page again", come into a live region that was there before', () => {
    const { container, rerender, props } = renderPanel({ status: 'ready', view: jordanLee() }, { erase: erase(null) });
    const before = liveRegions(container);

    rerender(<Panel {...props} erase={erase('Jordan Lee was erased from Touchline.')} />);

    const region = screen.getByText('Jordan Lee was erased from Touchline.').closest(LIVE) as HTMLElement;
    expect(before.has(region)).toBe(true);
    expect(within(region).getByRole('button', { name: 'Read this page again' })).not.toBeNull();
    expect(region.querySelectorAll(LIVE)).toHaveLength(0);
    // In place of the numbers, as before.
    expect(container.querySelector('[data-metric]')).toBeNull();
  });
});
