// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from '../components/render-panel';
import { jordanLee } from '../components/view-fixtures';
import { contrast } from './contrast';
import { addPanelCssIn, type ColorScheme } from './panel-theme';

let style: HTMLStyleElement | undefined;
afterEach(() => {
  cleanup();
  style?.remove();
});

/**
 * Folded, the panel is a 28 px aside with `overflow: hidden` filled by the 28 px tab: a focus ring
 * drawn outside the tab (the panel's +1 px offset) is clipped away, so a keyboard user on the tab
 * saw no focus at all. The ring is drawn inside the tab, and shows on the tab's accent background.
 */
describe.each<ColorScheme>(['light', 'dark'])('the folded tab focused, in the %s theme', (scheme) => {
  it('draws its focus ring inside the tab, at 3:1 or more against the tab', () => {
    style = addPanelCssIn(scheme);
    const { container } = renderPanel({ status: 'ready', view: jordanLee() }, { collapsed: true });
    const tab = container.querySelector<HTMLElement>('.tl-tab') as HTMLElement;
    tab.focus();
    expect(tab.matches(':focus-visible')).toBe(true);
    const folded = getComputedStyle(tab.closest('aside') as Element);
    expect(folded.overflow).toBe('hidden');

    const ring = getComputedStyle(tab);
    const width = Number.parseFloat(ring.outlineWidth);
    expect(ring.outlineStyle).toBe('solid');
    expect(width).toBeGreaterThanOrEqual(2);
    expect(Number.parseFloat(ring.outlineOffset) + width).toBeLessThanOrEqual(0);
    expect(contrast(ring.outlineColor, ring.backgroundColor)).toBeGreaterThanOrEqual(3);
  });
});
