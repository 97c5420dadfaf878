// @vitest-environment happy-dom
// Review s41: WXT turns the Navigation API's `navigate` event into `wxt:locationchange`
// (wxt/dist/utils/internal/location-watcher.mjs). The browser fires `navigate` for every navigation
// begun, also those that never move the page's address: a `tel:` or `mailto:` link (Salesforce's
// lightning-formatted-phone and -email are such links), an `<a download>`, a full-page navigation
// the user cancels ("Leave site?") or that is answered with a file. The record is still on screen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { startTouchline } from '../../../lib/content/start-touchline';
import { contextFor } from './fake-context';
import { ANA, adapter, draw, mockBackground, setUrl, TENANT, urlOf, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Touchline on contact A's page, its numbers shown; with a stand-in for the Navigation API or without one. */
async function onContactA(navigationApi: boolean) {
  if (navigationApi) vi.stubGlobal('navigation', new EventTarget());
  mockBackground();
  setUrl(urlOf('A'));
  draw(ANA);
  const container = document.createElement('div');
  document.body.append(container);
  await startTouchline(contextFor(controller.signal), pageReaderOf(adapter), container, new URL(urlOf('A')));
  const root = () => container.firstElementChild;
  await vi.waitFor(() => expect(root()?.getAttribute('data-state')).toBe('ready'), { timeout: 5000 });
  return root;
}

const LINKS = [
  ['the phone number (tel:)', 'tel:+15551234'],
  ['the email address (mailto:)', 'mailto:ana@example.com'],
  ['an attachment to download', `https://app.hubspot.com/api/files/${TENANT}/quote.pdf`],
  ['contact B, its page load then cancelled', urlOf('B')],
] as const;

describe('a link followed on the contact that never moves the address (the page stays on the contact)', () => {
  it.each([true, false].flatMap((api) => LINKS.map(([what, link]) => [what, api, link] as const)))(
    'keeps the panel on the contact after following %s (Navigation API: %s)',
    async (_what, navigationApi, link) => {
      const root = await onContactA(navigationApi);
      // What WXT dispatches for the browser's `navigate` event of the link; the address does not move.
      const change = Object.assign(new Event('wxt:locationchange'), {
        newUrl: new URL(link),
        oldUrl: new URL(urlOf('A')),
      });
      window.dispatchEvent(change);
      await wait(1000);
      expect(location.href).toBe(urlOf('A'));
      // The rep is about to log the call they just placed: the panel must still be there, not
      // gone ("not-record") nor "Reading…" a page that never comes.
      expect(root()?.getAttribute('data-state')).toBe('ready');
      expect(root()?.getAttribute('data-record')).toBe('hubspot:4410021:contact:A');
    },
  );
});
