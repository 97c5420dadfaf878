// @vitest-environment happy-dom
// Review routes (s45): contact A read, the rep opens contact B, whose header is drawn first, over A's
// timeline (crm-pages.md "cards load late"; held back as "the new header drawn before its timeline",
// route-settle.ts). A's timeline, still on screen, has one item more than the page left as last read:
// it loaded it after the route change (its infinite scroll, an item still arriving), or after the
// reading A's watch last reported and before the click. A new name over A's items plus one was judged
// the new record's page (the very same set was wanted), and A's call and email stored under B.
import { describe, expect, it, vi } from 'vitest';
import {
  ANA,
  BEN,
  draw,
  navigate,
  pageOf,
  savedUnder,
  sessionPerTest,
  setUrl,
  startSession,
  urlOf,
  wait,
} from './spa-world';
import { addItem, readAThenLeave, renameHeader, watch } from './watch-short-times';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

describe("B's header over A's timeline, which grows by one item before B's timeline replaces it", () => {
  it("never reports A's items under B", async () => {
    const left = await readAThenLeave(lifetime.signal);
    const b = watch('B', lifetime.signal, { ...left, awaitChange: true });
    await wait(50);
    renameHeader('Ben Brooks');
    await wait(50);
    addItem('a3', 'Meeting with Ana');
    // B's timeline comes a second later.
    await wait(1000);
    draw(BEN);
    await wait(800);
    b.stop();
    expect(b.reported.filter((r) => r.includes('with Ana'))).toEqual([]);
    expect(b.reported.at(-1)).toBe('Ben Brooks: Meeting with Ben');
  });
});

describe("an item reaches A's page after A's last reading, then the rep opens B, whose header comes in the route change's task", () => {
  it("never saves A's items under B", async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const { session, shown } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
    // A's watch would read it 400 ms later: the rep clicks first.
    addItem('a3', 'Meeting with Ana');
    await wait(50);
    navigate(session, urlOf('B'));
    renameHeader('Ben Brooks');
    // B's own timeline 1.2 s later (inside the 2 s settle time).
    await wait(1200);
    draw(pageOf('Ben Brooks', [['b1', 'Meeting with Ben']]));
    await wait(1500);
    expect(savedUnder('B').items).toEqual(['Meeting with Ben']);
    expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });
});
