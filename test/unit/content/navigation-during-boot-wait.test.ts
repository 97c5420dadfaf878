// @vitest-environment happy-dom
// Review spa (s43): the rep opens contact A (a full page load) and, before Touchline has started
// (it waits up to 2 s for the page to go idle, then loads its chunks), clicks contact B in the
// CRM. The CRM moves the address to B at once and keeps A's page on screen while B loads. The
// address the page loaded at is noted before the wait: a first route elsewhere is a navigation
// away from A's page, left unread (as after a quick click), not the page's own load.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { bootTouchline, type StartChunks } from '../../../lib/content/boot-touchline';
import { startTouchline } from '../../../lib/content/start-touchline';
import { contextFor } from './fake-context';
import { ANA, adapter, BEN, draw, mockBackground, savedUnder, setUrl, urlOf, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

let controller = new AbortController();
beforeEach(() => {
  vi.clearAllMocks();
  mockBackground();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('')),
  );
});
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/**
 * Touchline boots on contact A's page; `meanwhile` runs before the page goes idle (the CRM may move
 * the address then); resolves once the session has started.
 */
async function bootOnA(meanwhile: (navigation: EventTarget) => void): Promise<void> {
  const navigation = new EventTarget();
  vi.stubGlobal('navigation', navigation);
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
  setUrl(urlOf('A'));
  draw(ANA);
  const chunks: StartChunks = {
    session: async () => ({ start: startTouchline }),
    reader: async () => pageReaderOf(adapter),
  };
  const booted = bootTouchline(contextFor(controller.signal), 'hubspot', adapter.detect, chunks);
  await wait(20);
  meanwhile(navigation);
  for (const cb of idle.splice(0)) cb();
  await booted;
}

describe('a route change while Touchline is still waiting to start (idle wait, chunks)', () => {
  it('never saves the page left (contact A) under the record the address moved to (contact B)', async () => {
    // Before the page went idle, the rep clicks contact B: pushState, A's page still drawn.
    await bootOnA((navigation) => {
      setUrl(urlOf('B'));
      navigation.dispatchEvent(new Event('currententrychange'));
    });
    // B's data arrives 3 s later (a slow CRM keeps the page left on screen meanwhile).
    await wait(3000);
    draw(BEN);
    await wait(3000);
    // Ana's name and her call under B's key: B named "Ana Alvarez", her touches counted as his for good.
    expect(savedUnder('B').names).not.toContain('Ana Alvarez');
    expect(savedUnder('B').items).not.toContain('Call with Ana');
    expect(savedUnder('B').names.at(-1)).toBe('Ben Brooks');
  });

  it("reads A's page as the page's load, at once, when only the hash moved meanwhile (a tab of the record)", async () => {
    await bootOnA(() => setUrl(`${urlOf('A')}#activity`));
    // A page left would be waited for 2 s or more; the page's own load is read once quiet (0.4 s).
    await wait(1000);
    expect(savedUnder('A').names).toEqual(['Ana Alvarez']);
  });
});
