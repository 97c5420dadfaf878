import { browser } from 'wxt/browser';

/**
 * The toolbar button has no popup: a click opens the options page. Chrome's MV3 build names it
 * `action`, Firefox's MV2 build `browserAction`.
 */
export function openOptionsFromToolbar(): void {
  const button = browser.action ?? browser.browserAction;
  button.onClicked.addListener(() => {
    void browser.runtime.openOptionsPage();
  });
}
