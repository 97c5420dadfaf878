// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { showLoadFailure } from '../../../lib/content/load-failure';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function fakeContext(): ContentScriptContext {
  return {
    addEventListener: (target: EventTarget, type: string, listener: (event: Event) => void) =>
      target.addEventListener(type, listener, { signal: controller.signal }),
  } as unknown as ContentScriptContext;
}

describe("the panel saying its chunks could not load, on a record's page", () => {
  it('stays after a tel: link, which begins a navigation but never moves the address', () => {
    vi.stubGlobal('navigation', new EventTarget());
    const container = document.createElement('div');
    document.body.append(container);
    // A tel: address is no record page: drawn for it, the panel would go.
    showLoadFailure(fakeContext(), container, (url) => url.protocol !== 'tel:');
    expect(container.textContent).toContain('could not load');

    // What WXT dispatches for the browser's `navigate` event of the link.
    window.dispatchEvent(Object.assign(new Event('wxt:locationchange'), { newUrl: new URL('tel:+15551234') }));

    expect(container.textContent).toContain('could not load');
  });
});
