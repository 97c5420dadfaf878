import { addPanelCss } from './panel-css';

export type ColorScheme = 'light' | 'dark';

/** happy-dom's settings, changeable while a test runs. */
interface HappyDomWindow {
  happyDOM: { settings: { device: { prefersColorScheme: string } } };
}

/**
 * Puts the browser in `scheme`, then the panel's stylesheet in the document: added after the
 * switch, the stylesheet's `prefers-color-scheme` rules are cascaded for that scheme.
 */
export function addPanelCssIn(scheme: ColorScheme): HTMLStyleElement {
  (window as unknown as HappyDomWindow).happyDOM.settings.device.prefersColorScheme = scheme;
  if (!matchMedia(`(prefers-color-scheme: ${scheme})`).matches) throw new Error(`the document is not in ${scheme}`);
  return addPanelCss();
}

/** A palette colour (`--tl-…`) as the panel resolves it in the current scheme. */
export function paletteColour(panel: Element, name: string): string {
  return getComputedStyle(panel).getPropertyValue(`--tl-${name}`).trim();
}
