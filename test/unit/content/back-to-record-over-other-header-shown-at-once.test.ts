// @vitest-environment happy-dom
// Review routes (s45): A → B → A quickly. The CRM had drawn B's header (over A's timeline) before
// the rep went back; back on A it draws A's header again, over A's timeline, which never left the
// screen. A's watch was given the page left as unread (B's watch saw the page change since it last
// judged it), took "Ben Brooks" over A's items for the page left, and judged A's own page, a new
// name over the left page's items, "the new header drawn before its timeline": the panel showed a
// skeleton on A for the 15 s loading time, though A's page was on screen as it was read.
import { describe, expect, it, vi } from 'vitest';
import { ANA, draw, navigate, savedUnder, sessionPerTest, setUrl, startSession, urlOf, wait } from './spa-world';
import { renameHeader } from './watch-short-times';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

describe("A → B → A within a quarter second, B's header drawn meanwhile", () => {
  it('shows A again within the 2 s settle time, and saves nothing under B', async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const { session, shown } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
    navigate(session, urlOf('B'));
    await wait(100);
    renameHeader('Ben Brooks');
    await wait(150);
    navigate(session, urlOf('A'));
    await wait(100);
    renameHeader('Ana Alvarez');
    await wait(1500);
    expect(savedUnder('B').items).toEqual([]);
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez');
  });
});
