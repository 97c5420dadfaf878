// @vitest-environment happy-dom
// crm-pages.md "cards load late": after a route change the new record's header may be drawn while
// the timeline shown is still the record left's (review s39).
import { describe, expect, it, vi } from 'vitest';
import {
  ANA,
  draw,
  navigate,
  pageOf,
  savedUnder,
  sessionPerTest,
  setUrl,
  startSession,
  urlOf,
  wait,
  watchRoute,
} from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

function renameHeader(name: string): void {
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = name;
}

async function showAnaRead() {
  setUrl(urlOf('A'));
  draw(ANA);
  const world = startSession(lifetime.signal);
  world.session.onRoute(new URL(urlOf('A')), false);
  await vi.waitFor(() => expect(world.shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
  return world;
}

describe("contact B's header drawn before its timeline, which comes 3 s after the navigation", () => {
  it("does not count A's call and email for B (B's header drawn 300 ms after the route change)", async () => {
    const { session, shown } = await showAnaRead();
    navigate(session, urlOf('B'));
    await wait(300);
    renameHeader('Ben Brooks');
    await wait(2700);
    draw(pageOf('Ben Brooks', [['b1', 'Meeting with Ben']]));
    await wait(1500);
    expect(savedUnder('B').items).not.toContain('Call with Ana');
    expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });

  it("does not count A's call and email for B (B's header drawn in the route change's own task)", async () => {
    const { session, shown } = await showAnaRead();
    navigate(session, urlOf('B'));
    renameHeader('Ben Brooks');
    await wait(3000);
    draw(pageOf('Ben Brooks', [['b1', 'Meeting with Ben']]));
    await wait(1500);
    expect(savedUnder('B').items).not.toContain('Call with Ana');
    expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });
});

describe('a record whose timeline really is the one left (a deal and its contact sharing one call)', () => {
  it('is reported with that call once the loading time is over, not lost', async () => {
    setUrl(urlOf('B'));
    draw(pageOf('Ana Alvarez', [['a1', 'Call with Ana']]));
    const { reported, stop } = watchRoute('B', { leftName: 'Ana Alvarez', settleMs: 800, loadingTimeoutMs: 2500 });
    await wait(100);
    renameHeader('Ben Brooks');
    // Past the settle time: the same call under a new header may still be the page left.
    await wait(1200);
    expect(reported).toEqual([]);
    // Past the loading time: it is B's page after all.
    await wait(1900);
    stop();
    expect(reported).toEqual(['Ben Brooks: Call with Ana']);
  });

  it('is reported at once when both timelines are empty (nothing of the record left to count)', async () => {
    setUrl(urlOf('B'));
    draw(pageOf('Ana Alvarez', []));
    const { reported, stop } = watchRoute('B', { leftName: 'Ana Alvarez' });
    await wait(100);
    renameHeader('Ben Brooks');
    // Well inside the 2 s settle time.
    await wait(900);
    stop();
    expect(reported).toEqual(['Ben Brooks: ']);
  });
});
