// @vitest-environment happy-dom
// crm-pages.md: the record type and id always come from the URL. Some CRMs draw the next record's
// page before they move the address (review s39).
import { describe, expect, it, vi } from 'vitest';
import {
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

describe('a CRM that draws contact B before it moves the address', () => {
  it.each([700, 200])(
    "never saves B's name or meeting under A when the address follows %i ms after B is drawn",
    async (ms) => {
      const { session, shown, history } = await showAnaRead();
      draw(BEN);
      await wait(ms);
      navigate(session, urlOf('B'));
      await wait(2500);
      expect(savedUnder('A').items).not.toContain('Meeting with Ben');
      expect(history).not.toContain('hubspot:4410021:contact:A|Ben Brooks');
      expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
    },
  );
});

describe('changes on the record shown, the address unchanged', () => {
  it('reports a timeline that grows under the same name within a second', async () => {
    const { shown } = await showAnaRead();
    draw(
      pageOf('Ana Alvarez', [
        ['a1', 'Call with Ana'],
        ['a2', 'Email to Ana'],
      ]),
    );
    await wait(1000);
    expect(savedUnder('A').items).toContain('Email to Ana');
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez');
  });

  it('reports a new name that stays 2 s (the record renamed), not lost', async () => {
    const { shown } = await showAnaRead();
    draw(pageOf('Ana Brooks', [['a1', 'Call with Ana']]));
    await wait(1000);
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez');
    await wait(2000);
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Brooks');
  });
});
