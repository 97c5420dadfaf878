import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The Navigation API, where the browser has it (Chromium; recent Firefox, not 140 ESR). */
const navigationApi = () => (globalThis as { navigation?: EventTarget }).navigation;

/**
 * Calls `onMoved` with the page's address each time it moves (the CRM's client-side routes), in
 * the task that moved it, before the CRM draws the next page. Not through WXT's
 * `wxt:locationchange` where the Navigation API is: WXT sends it for the API's `navigate` event,
 * which announces every navigation begun, before the address changes, also those that never change
 * it (a `tel:` or `mailto:` link, an `<a download>`, a full-page navigation cancelled or answered
 * with a file): the panel then left the record still on screen. `currententrychange` comes once
 * the address has moved (pushState, back and forward, an intercepted navigation). Elsewhere WXT
 * polls the address, and its event comes after the move.
 */
export function followAddress(ctx: ContentScriptContext, onMoved: (url: URL) => void): void {
  let address = location.href;
  const moved = () => {
    if (location.href === address) return;
    address = location.href;
    onMoved(new URL(address));
  };
  const navigation = navigationApi();
  if (navigation) ctx.addEventListener(navigation, 'currententrychange', moved);
  else ctx.addEventListener(window, 'wxt:locationchange', moved);
}
