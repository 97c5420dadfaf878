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

function erased() {
  return renderPanel(
    { status: 'ready', view: jordanLee() },
    { erase: { erased: 'Erased Jordan Lee: 1 contact and 14 activities.', onErase() {}, onReadAgain() {} } },
  );
}

/**
 * After an erase, "Read this page again" is the only way back. Without a class it kept the
 * browser's light default background under the panel's near-white dark-theme text (about 1.05:1).
 */
describe.each<ColorScheme>(['light', 'dark'])('"Read this page again" in the %s theme', (scheme) => {
  it('is drawn as the panel’s buttons are, its text at 4.5:1 or more on its own background', () => {
    style = addPanelCssIn(scheme);
    const { container } = erased();
    const button = getComputedStyle(container.querySelector('[data-action="read-again"]') as Element);

    expect(button.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(contrast(button.color, button.backgroundColor)).toBeGreaterThanOrEqual(4.5);
  });
});

/** Native controls and default button colours follow the panel's theme, not a light default. */
it('declares the panel’s colour schemes, light and dark', () => {
  style = addPanelCssIn('dark');
  const { container } = erased();
  const declared = getComputedStyle(container.querySelector('.tl-panel') as Element).colorScheme.split(/\s+/);

  expect(declared).toEqual(expect.arrayContaining(['light', 'dark']));
});
