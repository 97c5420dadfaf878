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

const fill = (container: Element, selector: string) =>
  getComputedStyle(container.querySelector(selector) as Element).fill;

/**
 * The band meter shades the motion's band on a track and places the contact's count on it as a
 * marker (BandMeter.tsx). The palette's rule for graphics (WCAG 1.4.11): 3:1 against what they sit
 * on. The band was 1.16:1 against its track in light theme and 1.29:1 in dark; the marker, drawn
 * over the band, must stay visible on it too.
 */
describe.each<ColorScheme>(['light', 'dark'])('the benchmark band in the %s theme', (scheme) => {
  it('is shaded at 3:1 or more against its track and the panel, and the marker at 3:1 on it', () => {
    style = addPanelCssIn(scheme);
    const { container } = renderPanel({ status: 'ready', view: jordanLee() });
    expect(container.querySelector('.tl-band-marker')).not.toBeNull();
    const band = fill(container, '.tl-band-range');
    const panel = getComputedStyle(container.querySelector('.tl-panel') as Element).backgroundColor;

    expect(contrast(band, fill(container, '.tl-band-track'))).toBeGreaterThanOrEqual(3);
    expect(contrast(band, panel)).toBeGreaterThanOrEqual(3);
    expect(contrast(band, fill(container, '.tl-band-marker'))).toBeGreaterThanOrEqual(3);
  });
});
