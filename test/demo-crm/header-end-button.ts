import { type Attrs, el } from './el';

/** How a browser test finds the button (test/browser/layout.test.ts). */
export const HEADER_END_BUTTON = '[data-demo-hook="header-end"]';

/**
 * The right-most control of a demo CRM's top bar, where the real CRMs put the user's account
 * menu: the control a panel docked on the right is most likely to cover. Test-only hook: each
 * click on it is counted in `data-clicks`, so a test can tell that the page, not the panel,
 * took the click.
 */
export function headerEndButton(doc: Document, attrs: Attrs): HTMLElement {
  const button = el(
    doc,
    'button',
    { type: 'button', ...attrs, 'data-demo-hook': 'header-end', 'data-clicks': '0' },
    'AS',
  );
  button.addEventListener('click', () => {
    button.setAttribute('data-clicks', String(Number(button.getAttribute('data-clicks')) + 1));
  });
  return button;
}
