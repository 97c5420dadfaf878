// @vitest-environment happy-dom
// Review routes (s45): a record's page, then an address Touchline does not read while the record's
// page stays on screen (Salesforce Lightning's Edit dialog moves the address to …/edit over the
// record view), then back to the record on Save or Cancel. The record's page, unchanged, was taken
// for the page left (a page that was no record's, route-settle.ts), and the panel showed a skeleton
// for the 15 s loading time. The record's page as its own watch last reported it tells it apart.
import { describe, expect, it, vi } from 'vitest';
import {
  ANA,
  BEN,
  draw,
  LIST,
  navigate,
  savedUnder,
  sessionPerTest,
  setUrl,
  startSession,
  urlOf,
  wait,
} from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

async function anaShown() {
  setUrl(urlOf('A'));
  draw(ANA);
  const world = startSession(lifetime.signal);
  world.session.onRoute(new URL(urlOf('A')), false);
  await vi.waitFor(() => expect(world.shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
  return world;
}

describe('a record → an address Touchline does not read, the record still on screen → back to it', () => {
  it("shows the record's numbers again within the settle time, not after the 15 s loading time", async () => {
    const { session, shown } = await anaShown();
    navigate(session, LIST);
    await wait(1500);
    expect(shown()).toBe('not-record');
    navigate(session, urlOf('A'));
    await wait(1000);
    expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez');
  });

  it("still waits when the page on screen is another record's (that page left behind is not A's)", async () => {
    const { session, shown } = await anaShown();
    navigate(session, LIST);
    // The CRM drew another record's page meanwhile (a preview), which stays as the address comes back.
    draw(BEN);
    await wait(1500);
    navigate(session, urlOf('A'));
    await wait(1000);
    expect(shown()).toBe('reading');
    expect(savedUnder('A').items).toEqual(['Call with Ana', 'Email to Ana']);
  });
});
