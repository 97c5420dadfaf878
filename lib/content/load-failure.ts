import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { followAddress } from './address-moves';
import { el } from './element';

const TITLE = 'Touchline could not load its panel';
const TEXT =
  'The extension was probably updated or reloaded while this page was open. Reload the page to see the panel again; the CRM itself is not affected.';

/**
 * What the panel shows when its chunks could not be loaded: on a record page, a clear error
 * (never a blank panel or a skeleton that waits forever) until closed; elsewhere, nothing.
 * Follows the CRM's route changes as the panel does (a `tel:` link moves no address).
 */
export function showLoadFailure(
  ctx: ContentScriptContext,
  container: HTMLElement,
  isRecordPage: (url: URL) => boolean,
): void {
  let closed = false;
  const close = () => {
    closed = true;
    container.replaceChildren();
  };
  const draw = (url: URL) => {
    if (closed) return;
    container.replaceChildren(isRecordPage(url) ? failurePanel(close) : emptyRoot());
  };
  draw(new URL(location.href));
  followAddress(ctx, draw);
}

function failurePanel(close: () => void): HTMLElement {
  const closeButton = el(
    'button',
    { type: 'button', class: 'tl-icon-button', 'data-action': 'close', 'aria-label': 'Close the Touchline panel' },
    el('span', { 'aria-hidden': 'true' }, '×'),
  );
  closeButton.addEventListener('click', close);
  const header = el('header', { class: 'tl-header' }, el('span', { class: 'tl-brand' }, 'Touchline'), closeButton);
  const message = el(
    'div',
    { class: 'tl-message', role: 'alert' },
    el('p', { class: 'tl-message-title' }, TITLE),
    el('p', {}, TEXT),
  );
  const panel = el(
    'aside',
    { class: 'tl-panel', 'aria-label': 'Touchline', 'data-status': 'error' },
    header,
    el('div', { class: 'tl-body' }, message),
  );
  return el('div', { class: 'touchline-root', 'data-state': 'error' }, panel);
}

function emptyRoot(): HTMLElement {
  return el('div', { class: 'touchline-root', 'data-state': 'not-record' });
}
