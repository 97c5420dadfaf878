// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReader } from '../../../lib/adapters/page-reader';
import type { Adapter } from '../../../lib/adapters/types';
import { startTouchline } from '../../../lib/content/start-touchline';

const RECORD_URL = 'https://app.hubspot.com/contacts/1/record/0-1/2';
const LIST_URL = 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list';

/** happy-dom's own way to put the test page at a CRM URL (history refuses another origin). */
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

const controller = new AbortController();

afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

function fakeContext(): ContentScriptContext {
  return {
    isInvalid: false,
    signal: controller.signal,
    onInvalidated: () => {},
    addEventListener: (target: EventTarget, type: string, listener: (event: Event) => void) =>
      target.addEventListener(type, listener, { signal: controller.signal }),
  } as unknown as ContentScriptContext;
}

const adapter = {
  crm: 'hubspot',
  detect: (url: URL) =>
    url.pathname.includes('/record/') ? { crm: 'hubspot', tenant: '1', kind: 'contact', recordId: '2' } : null,
  observeRoot: () => document.body,
} as unknown as Adapter;

const reader: PageReader = {
  adapter,
  pageAt: (url) => {
    const ref = adapter.detect(url);
    return ref ? { adapter, ref } : null;
  },
  read: () => {
    throw new Error('not read whole here');
  },
  // A reading that never ends: the shell stays on what the route drew.
  readInSlices: () => new Promise(() => {}),
  adoptCalendarNames: () => {},
};

describe('following the CRM’s routes', () => {
  it('moves the panel to the new route inside the CRM’s navigation event, not a task later', async () => {
    goTo(RECORD_URL);
    const container = document.createElement('div');
    document.body.append(container);
    await startTouchline(fakeContext(), reader, container);
    const shown = () => container.firstElementChild?.getAttribute('data-state');
    await vi.waitFor(() => expect(shown()).toBe('reading'));
    // A task later the CRM may have half drawn the next page, and finding the record's container
    // then costs a scan of the whole page (the longest task of a route change, issue 11).
    const change = Object.assign(new Event('wxt:locationchange'), {
      newUrl: new URL(LIST_URL),
      oldUrl: new URL(RECORD_URL),
    });
    window.dispatchEvent(change);
    expect(shown()).toBe('not-record');
  });
});
