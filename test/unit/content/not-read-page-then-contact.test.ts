// @vitest-environment happy-dom
// Review s41: a rep goes from a page Touchline does not read (a HubSpot company record, a
// Salesforce Account) to one of its contacts. The company's page stays on screen while the contact
// loads, and keeps changing meanwhile, as a record's page left does (old-page-during-navigation).
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

/** A company record (HubSpot object 0-2): not a page Touchline reads, but a page with a name and a timeline. */
const COMPANY_URL = `https://app.hubspot.com/contacts/${TENANT}/record/0-2/77`;
const ACME = pageOf('Acme Corp', [
  ['c1', 'Call with Acme switchboard'],
  ['c2', 'Email to Acme procurement'],
]);

function addItem(id: string, title: string): void {
  const li = document.createElement('li');
  li.setAttribute('data-id', id);
  li.textContent = title;
  document.getElementById('timeline')?.append(li);
}

async function onCompanyPage() {
  setUrl(COMPANY_URL);
  draw(ACME);
  const world = startSession(lifetime.signal);
  world.session.onRoute(new URL(COMPANY_URL), false);
  await wait(50);
  expect(world.shown()).toBe('not-record');
  return world;
}

describe('a company page (not read) → one of its contacts, the company still on screen a moment', () => {
  it("never saves the company's timeline items as the contact's touches when it loads more meanwhile", async () => {
    const { session, shown } = await onCompanyPage();
    navigate(session, urlOf('B'));
    // The company's timeline, scrolled to its end just before the click, draws its next items.
    await wait(300);
    addItem('c3', 'Meeting at Acme HQ');
    // The contact's page arrives 1.5 s after the navigation (inside the 2 s settle time).
    await wait(1200);
    draw(BEN);
    await wait(3000);
    expect(savedUnder('B').names).not.toContain('Acme Corp');
    expect(savedUnder('B').items).not.toContain('Call with Acme switchboard');
    expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });

  it("never names the contact after the company when the company's page is torn down in steps", async () => {
    const { session, history } = await onCompanyPage();
    navigate(session, urlOf('B'));
    await wait(300);
    // The company's timeline is unmounted first; its header stays until the contact's page comes.
    document.getElementById('timeline')?.replaceChildren();
    await wait(1200);
    draw(pageOf('Ben Brooks', [['b1', 'Meeting with Ben']]));
    await wait(3000);
    expect(savedUnder('B').names).not.toContain('Acme Corp');
    expect(history).not.toContain('hubspot:4410021:contact:B|Acme Corp');
  });

  it('shows the contact within the settle time when the CRM drew it at once and its timeline then grows', async () => {
    const { session, shown } = await onCompanyPage();
    // The contact's page is on screen by the first reading, the page left never seen by Touchline.
    draw(pageOf('Ben Brooks', [['b1', 'Meeting with Ben']]));
    navigate(session, urlOf('B'));
    await wait(300);
    addItem('b2', 'Call with Ben');
    await wait(2300);
    expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
    expect(savedUnder('B').items).toContain('Call with Ben');
  });
});

describe('a company page (not read) → one of its contacts drawn late, the company unchanged meanwhile', () => {
  // Nothing of the company's page was read, so the page at the route change stands for it: while a
  // reading shows that page unchanged, the watch waits up to the loading time (15 s), as after a
  // record's page, not only the 2 s settle time (route-settle.ts).
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
