// @vitest-environment happy-dom
// A record left before the panel showed it (a quick click): the page still shows it after the
// route change, and its name and touches must not be saved as the next record's (review s39).
import { describe, expect, it, vi } from 'vitest';
import { ANA, BEN, draw, navigate, savedUnder, sessionPerTest, setUrl, startSession, urlOf, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

describe('a rep who clicks through to contact B before contact A was read (crm-pages.md: re-read on every route change)', () => {
  it("never saves A's name or A's call and email as contact B's when B's page takes 3 s to draw", async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const { session, history } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    // A's page is shown but not read yet (the first reading waits for a quiet page) when the rep opens B.
    await wait(150);
    navigate(session, urlOf('B'));
    // The CRM keeps A's page on screen while B's data loads (3 s: a slow HubSpot portal).
    await wait(3000);
    draw(BEN);
    await wait(1500);
    const underB = savedUnder('B');
    // Ana's call and email stored under Ben would count as his touches for good.
    expect(underB.items).not.toContain('Call with Ana');
    expect(underB.names).not.toContain('Ana Alvarez');
    expect(history).not.toContain('hubspot:4410021:contact:B|Ana Alvarez');
    expect(history.at(-1)).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });

  it('A read first, then B slow by 3 s: nothing of A under B', async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const { session, shown, history } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
    navigate(session, urlOf('B'));
    await wait(3000);
    draw(BEN);
    await wait(1500);
    expect(savedUnder('B').items).not.toContain('Call with Ana');
    expect(savedUnder('B').items).toContain('Meeting with Ben');
    expect(history.at(-1)).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });
});

describe('contact A → contact B → back to A quickly (README: follow route changes)', () => {
  it("ends on A with A's numbers, B's meeting never saved as A's, when B was drawn but not read and the CRM redraws A 3 s after Back", async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const { session, shown, history } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
    // The rep opens B; the CRM draws B at once.
    navigate(session, urlOf('B'));
    draw(BEN);
    // A quarter of a second later, before B is read, the rep presses Back (popstate): A again.
    await wait(250);
    navigate(session, urlOf('A'));
    // B's page stays on screen while the CRM fetches A again (3 s).
    await wait(3000);
    draw(ANA);
    await wait(1500);
    expect(savedUnder('A').items).not.toContain('Meeting with Ben');
    expect(savedUnder('A').names).not.toContain('Ben Brooks');
    expect(history).not.toContain('hubspot:4410021:contact:A|Ben Brooks');
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez');
  });

  it("ends on A with A's numbers, nothing under B, when the CRM never drew B (A → B → A within 300 ms)", async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const { session, shown } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
    navigate(session, urlOf('B'));
    await wait(300);
    navigate(session, urlOf('A'));
    await wait(3000);
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez');
    expect(savedUnder('B').names).toEqual([]);
  });
});
