// @vitest-environment happy-dom
// Review spa (s64): a HubSpot deal's timeline lists the items of all its contacts. From the deal
// (Ben's call, then Ana's call and email) to Ana, or to Ben, the contact's header is drawn first over
// the deal's timeline, still on screen ("cards load late", crm-pages.md), her own 3 s later. Taken for
// her page once the settle time was over, the deal's items were saved as hers for good (metrics.md:
// on a contact's page the number is that contact's touches).
import { describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import type { Adapter } from '../../../lib/adapters/types';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import type { RecordRef } from '../../../lib/schema/record';
import {
  ANA,
  draw,
  navigate,
  pageOf,
  savedUnder,
  sessionPerTest,
  setUrl,
  adapter as spaAdapter,
  TENANT,
  urlOf,
  wait,
} from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

const DEAL_URL = `https://app.hubspot.com/contacts/${TENANT}/record/0-3/700`;
const DEAL_FEED: [string, string][] = [
  ['b1', 'Call with Ben'],
  ['a1', 'Call with Ana'],
  ['a2', 'Email to Ana'],
];

/** spa-world's adapter (name from the header, one call per timeline item), deals (HubSpot object 0-3) too. */
const detect = (url: URL): RecordRef | null => {
  const m = url.pathname.match(/\/record\/0-(1|3)\/([^/]+)/);
  if (!m) return null;
  return { crm: 'hubspot', tenant: TENANT, kind: m[1] === '3' ? 'deal' : 'contact', recordId: m[2] } as RecordRef;
};
const adapter: Adapter = {
  ...spaAdapter,
  detect,
  *readSteps(doc, url, clock) {
    const result = yield* spaAdapter.readSteps(doc, new URL(urlOf('any')), clock);
    return { ...result, ...(detect(url) as RecordRef) } as typeof result;
  },
};

function startSession(url: string, html: string) {
  setUrl(url);
  draw(html);
  const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
  const session = createRecordSession(pageReaderOf(adapter), store, lifetime.signal);
  const shown = () => {
    const s = store.get().state;
    return s.status === 'ready' ? `${s.view.recordKey}|${s.view.name}` : s.status;
  };
  session.onRoute(new URL(url), false);
  return { session, shown };
}

/** The deal's page read and shown, then a route change to contact `id` whose header is drawn over the deal's timeline. */
async function contactHeaderOverDealFeed(session: ReturnType<typeof startSession>, id: string, name: string) {
  await vi.waitFor(() => expect(session.shown()).toBe(`hubspot:${TENANT}:deal:700|Alvarez renewal`), {
    timeout: 5000,
  });
  navigate(session.session, urlOf(id));
  await wait(100);
  draw(pageOf(name, DEAL_FEED));
  // Her own timeline 3 s later, past the 2 s settle time.
  await wait(3000);
}

describe("a contact's header drawn over the timeline of the deal left, her own 3 s later", () => {
  it("back from Ana's deal to Ana: Ben's call on the deal is never saved as hers", async () => {
    const world = startSession(urlOf('A'), ANA);
    await vi.waitFor(() => expect(world.shown()).toBe(`hubspot:${TENANT}:contact:A|Ana Alvarez`), { timeout: 5000 });
    navigate(world.session, DEAL_URL);
    await wait(100);
    draw(pageOf('Alvarez renewal', DEAL_FEED));
    await contactHeaderOverDealFeed(world, 'A', 'Ana Alvarez');
    draw(ANA);
    await wait(2500);
    expect(savedUnder('A').items).not.toContain('Call with Ben');
    expect(world.shown()).toBe(`hubspot:${TENANT}:contact:A|Ana Alvarez`);
  }, 20_000);

  it("first visit to Ben from the deal: Ana's call and email on it are never saved as his", async () => {
    const world = startSession(DEAL_URL, pageOf('Alvarez renewal', DEAL_FEED));
    await contactHeaderOverDealFeed(world, 'B', 'Ben Brooks');
    draw(pageOf('Ben Brooks', [['b1', 'Call with Ben']]));
    await wait(2500);
    expect(savedUnder('B').items).toEqual(['Call with Ben']);
    expect(world.shown()).toBe(`hubspot:${TENANT}:contact:B|Ben Brooks`);
  }, 20_000);
});
