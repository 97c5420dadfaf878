// @vitest-environment happy-dom
// Review spa (s43): a company record (HubSpot 0-2, not read) → one of its contacts on a CRM that
// takes 3 s to draw the contact. Nothing of the company's page was read, so the page at the route
// change stands for it: while a reading shows that page unchanged, the watch waits up to the
// loading time (15 s), as after a record's page, not only the 2 s settle time (route-settle.ts).
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
  TENANT,
  urlOf,
  wait,
} from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

const COMPANY_URL = `https://app.hubspot.com/contacts/${TENANT}/record/0-2/77`;
const ACME = pageOf('Acme Corp', [
  ['c1', 'Call with Acme switchboard'],
  ['c2', 'Email to Acme procurement'],
]);

async function onCompanyPage() {
  setUrl(COMPANY_URL);
  draw(ACME);
  const world = startSession(lifetime.signal);
  world.session.onRoute(new URL(COMPANY_URL), false);
  await wait(50);
  expect(world.shown()).toBe('not-record');
  return world;
}

describe('a company page (not read) → one of its contacts', () => {
  it("never saves the company's name and timeline items as the contact's when the contact is drawn after the 2 s settle time", async () => {
    const { session, shown, history } = await onCompanyPage();
    navigate(session, urlOf('B'));
    // The company's page stays, unchanged, until the contact's data arrives 3 s after the click.
    await wait(3000);
    draw(BEN);
    await wait(3000);
    expect(savedUnder('B').names).not.toContain('Acme Corp');
    expect(savedUnder('B').items).not.toContain('Call with Acme switchboard');
    expect(history).not.toContain('hubspot:4410021:contact:B|Acme Corp');
    expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });

  it('shows the contact within the settle time when the CRM draws it right after moving the address, then leaves it quiet', async () => {
    const { session, shown } = await onCompanyPage();
    navigate(session, urlOf('B'));
    // In the route change's own task: the first reading is not the page at the route change.
    draw(BEN);
    await wait(2600);
    expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });
});
