// @vitest-environment happy-dom
// Review routes (s45): from contact A to a HubSpot deal whose header is drawn over A's timeline
// ("cards load late", crm-pages.md) in the route change's own task, before the watcher's first
// reading. deal-header-over-contact-timeline.test.ts covers the header drawn 300 ms later: that
// reading is "unsure" and waits for the deal's own timeline through the 2 s settle time. Drawn
// before the first reading, it was judged the new record at once (a record of another kind never
// had an "old timeline" on a first reading), so A's call and email were stored as the deal's
// touches for good (mergeActivity unions dealKeys).
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
import { renameHeader } from './watch-short-times';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

const DEAL_URL = `https://app.hubspot.com/contacts/${TENANT}/record/0-3/700`;

/** spa-world's adapter (name from the header, one call per timeline item), deals (object 0-3) too. */
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

/** Ana's page read and shown, then a route change to the deal, its header drawn over her timeline in the same task. */
async function dealHeaderInRouteTask() {
  setUrl(urlOf('A'));
  draw(ANA);
  const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
  const session = createRecordSession(pageReaderOf(adapter), store, lifetime.signal);
  const shown = () => {
    const s = store.get().state;
    return s.status === 'ready' ? `${s.view.recordKey}|${s.view.name}` : s.status;
  };
  session.onRoute(new URL(urlOf('A')), false);
  await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });
  navigate(session, DEAL_URL);
  renameHeader('Alvarez renewal');
  return shown;
}

describe("contact A → a deal whose header is drawn in the route change's task, over A's timeline", () => {
  it("never saves A's call and email as the deal's touches when the deal's timeline comes within the settle time", async () => {
    const shown = await dealHeaderInRouteTask();
    // The deal's own timeline 1.2 s later (inside the 2 s settle time).
    await wait(1200);
    draw(pageOf('Alvarez renewal', [['d1', 'Pricing call']]));
    await wait(1500);
    expect(savedUnder('700').items).not.toContain('Call with Ana');
    expect(shown()).toBe('hubspot:4410021:deal:700|Alvarez renewal');
  });

  it('shows the deal once the settle time is over when its timeline lists just what A’s did (not after the 15 s loading time)', async () => {
    const shown = await dealHeaderInRouteTask();
    await wait(1000);
    expect(shown()).toBe('reading');
    await wait(1500);
    expect(shown()).toBe('hubspot:4410021:deal:700|Alvarez renewal');
    expect(savedUnder('700').items).toEqual(['Call with Ana', 'Email to Ana']);
  });
});
