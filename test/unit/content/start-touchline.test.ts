// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReader } from '../../../lib/adapters/page-reader';
import type { Adapter } from '../../../lib/adapters/types';
import { startTouchline } from '../../../lib/content/start-touchline';
import { contextFor } from './fake-context';

const RECORD_URL = 'https://app.hubspot.com/contacts/1/record/0-1/2';
const LIST_URL = 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list';

/** happy-dom's own way to put the test page at a CRM URL (history refuses another origin). */
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

let controller = new AbortController();

afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

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

/** A stand-in for the Navigation API (Chromium, Firefox 147+): only `currententrychange` is listened to. */
const navigationApi = () => {
  const navigation = new EventTarget();
  vi.stubGlobal('navigation', navigation);
  return navigation;
};

async function startOnRecord() {
  goTo(RECORD_URL);
  const container = document.createElement('div');
  document.body.append(container);
  await startTouchline(contextFor(controller.signal), reader, container, new URL(RECORD_URL));
  const shown = () => container.firstElementChild?.getAttribute('data-state');
  await vi.waitFor(() => expect(shown()).toBe('reading'));
  return shown;
}

describe('following the CRM’s routes', () => {
  // A task later the CRM may have half drawn the next page, and finding the record's container
  // then costs a scan of the whole page (the longest task of a route change, issue 11).
  it('moves the panel to the new route in the task that moved the address (Navigation API), not a task later', async () => {
    const navigation = navigationApi();
    const shown = await startOnRecord();
    // pushState: the address moves, then the current history entry is said to have changed.
    goTo(LIST_URL);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(shown()).toBe('not-record');
  });

  it('moves the panel to the new route as soon as WXT sees the address moved (no Navigation API: WXT polls)', async () => {
    const shown = await startOnRecord();
    goTo(LIST_URL);
    const change = Object.assign(new Event('wxt:locationchange'), {
      newUrl: new URL(LIST_URL),
      oldUrl: new URL(RECORD_URL),
    });
    window.dispatchEvent(change);
    expect(shown()).toBe('not-record');
  });
});
