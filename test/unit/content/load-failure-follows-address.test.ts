// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showLoadFailure } from '../../../lib/content/load-failure';
import { contextFor } from './fake-context';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe("the panel saying its chunks could not load, on a record's page", () => {
  it('stays after a tel: link, which begins a navigation but never moves the address', () => {
    vi.stubGlobal('navigation', new EventTarget());
    const container = document.createElement('div');
    document.body.append(container);
    // A tel: address is no record page: drawn for it, the panel would go.
    showLoadFailure(contextFor(controller.signal), container, (url) => url.protocol !== 'tel:');
    expect(container.textContent).toContain('could not load');

    // What WXT dispatches for the browser's `navigate` event of the link.
    window.dispatchEvent(Object.assign(new Event('wxt:locationchange'), { newUrl: new URL('tel:+15551234') }));

    expect(container.textContent).toContain('could not load');
  });
});
