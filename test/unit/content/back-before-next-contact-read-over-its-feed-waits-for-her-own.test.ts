// @vitest-environment happy-dom
// Review spa (s64): Ana's timeline is the two emails she and Ben were both sent; Ben's also holds his
// newer call. Ana → Ben → back to Ana a second later, before Ben was read: Ana's header is drawn over
// Ben's feed, still on screen, her own 1.5 s later. Ben's feed holds Ana's timeline as last read,
// grown by one item on top, and was taken for her page grown: his call saved as hers for good.
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
} from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

const BEN_FEED: [string, string][] = [
  ['b1', 'Call with Ben'],
  ['a1', 'Call with Ana'],
  ['a2', 'Email to Ana'],
];

describe("back to Ana before Ben was read, her header drawn over Ben's feed, her own 1.5 s later", () => {
  it("never saves Ben's newer call as hers, and shows her once her own feed is drawn", async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const { session, shown } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
    navigate(session, urlOf('B'));
    await wait(100);
    draw(pageOf('Ben Brooks', BEN_FEED));
    await wait(1000);
    navigate(session, urlOf('A'));
    await wait(50);
    draw(pageOf('Ana Alvarez', BEN_FEED));
    await wait(1500);
    draw(ANA);
    await wait(2500);
    expect(savedUnder('A').items).not.toContain('Call with Ben');
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez');
  }, 20_000);
});
