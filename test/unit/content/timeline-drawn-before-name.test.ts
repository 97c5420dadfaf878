// @vitest-environment happy-dom
// Review s41: drawn-before-address.ts holds a reading that looks like another record while the
// address still names the one shown (some CRMs draw the next record before they move the address).
// The CRM may draw the next record's timeline before its header ("cards load late", crm-pages.md):
// the header still names the record shown, but none of its items is on screen any more.
import { describe, expect, it, vi } from 'vitest';
import { draw, navigate, pageOf, savedUnder, sessionPerTest, setUrl, startSession, urlOf, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

const ANA_ONE_CALL = pageOf('Ana Alvarez', [['a1', 'Call with Ana']]);

async function showAnaRead() {
  setUrl(urlOf('A'));
  draw(ANA_ONE_CALL);
  const world = startSession(lifetime.signal);
  world.session.onRoute(new URL(urlOf('A')), false);
  await vi.waitFor(() => expect(world.shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
  return world;
}

/** B's timeline in place of A's; A's header is still drawn, the address still names A. */
function drawBensTimeline(): void {
  const li = document.createElement('li');
  li.setAttribute('data-id', 'b1');
  li.textContent = 'Meeting with Ben';
  document.getElementById('timeline')?.replaceChildren(li);
}

describe('a CRM that draws contact B (timeline first, then header) before it moves the address', () => {
  it("never saves B's meeting under A", async () => {
    const { session, shown } = await showAnaRead();
    drawBensTimeline();
    await wait(600);
    // B's header, then the address, 700 ms later (as drawn-before-address.test.ts has it).
    draw(pageOf('Ben Brooks', [['b1', 'Meeting with Ben']]));
    await wait(700);
    navigate(session, urlOf('B'));
    await wait(2500);
    expect(savedUnder('A').items).not.toContain('Meeting with Ben');
    expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });

  it('reports other items under the same name once the address has stayed 2 s (the rep filtered the timeline)', async () => {
    await showAnaRead();
    drawBensTimeline();
    await wait(1000);
    expect(savedUnder('A').items).not.toContain('Meeting with Ben');
    await wait(2000);
    expect(savedUnder('A').items).toContain('Meeting with Ben');
  });
});
