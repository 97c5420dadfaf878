// @vitest-environment happy-dom
// Two quick clicks (review spa s58): A read and shown, the rep opens B, which the CRM draws at once,
// and 150 ms later opens C, drawn at once too. B's page changing right after its route change must
// not put off B's first reading past the second click: C's route would get B's page as a page left
// unread, take C's page (the first it reads) for it, and show "reading" for the 15 s loading time.
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

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

const CARA = pageOf('Cara Diaz', [['c1', 'Meeting with Cara']]);

describe('contact A → contact B → contact C, B and C each drawn in their click’s task', () => {
  it("shows C's numbers well before the 15 s loading time, with nothing of B saved under C", async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const { session, shown } = startSession(lifetime.signal);
    session.onRoute(new URL(urlOf('A')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
    navigate(session, urlOf('B'));
    draw(BEN);
    await wait(150);
    navigate(session, urlOf('C'));
    draw(CARA);
    await wait(3000);
    expect(shown()).toBe('hubspot:4410021:contact:C|Cara Diaz');
    expect(savedUnder('C')).toEqual({ names: ['Cara Diaz'], items: ['Meeting with Cara'] });
  });
});
