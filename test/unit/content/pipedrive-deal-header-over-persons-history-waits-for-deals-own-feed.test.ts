// @vitest-environment happy-dom
// Review tab55b (s55). Pipedrive swaps its person and deal detail views in place: from Lars Holm's
// person page the rep opens the deal "Nordhavn — Cold-chain pilot" (with Maja Berg). The address
// moves first; the deal's header, stage bar and sidebar are drawn while the History list below still
// holds Lars's items until the deal's feed arrives, here 3 s later. A person's History lists
// everything done with him across all his deals; a deal's only what is linked to that deal, with its
// own changelog (crm-evidence-2.md: the feed's kinds). Reported once the 2 s settle time was over,
// Lars's call and mail about another deal were stored as touches of this one for good (activities
// are merged, never removed by a later reading). A deal whose History does list just Lars's items
// is still read, once the loading time is over.
import { describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { pipedrive } from '../../../lib/adapters/pipedrive';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { PageLeft } from '../../../lib/content/page-left';
import { watchRecord } from '../../../lib/content/watch-record';
import {
  COLD,
  COLD_ITEMS,
  deal,
  dealBody,
  FLEET_ITEMS,
  flow,
  MAJA,
  PD,
  personBody,
  shell,
} from './pipedrive-detail-views';
import { readingsUnder, startRealSession } from './real-crm-session';
import { draw, navigate, sessionPerTest, setUrl, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));
const lifetime = sessionPerTest();

const LARS_URL = `${PD}/person/3310`;
const larsHistory = FLEET_ITEMS.map(flow).join('');
const larsPage = () => shell(personBody('Lars Holm', 'lars.holm@brightline.example', larsHistory));
const dealOver = (history: string) => shell(dealBody(COLD, 'Proposal Made', MAJA, history));

describe("Pipedrive: person Lars → a deal whose header is drawn over Lars's History for 3 s", () => {
  // Drawn 200 ms after the address moved (the first reading saw Lars's page), or in the route
  // change's own task, before the deal's first reading.
  it.each([
    ['200 ms after the route change', 200],
    ["in the route change's task", 0],
  ])(
    "drawn %s: saves none of Lars's items under the deal, and reads the deal's own feed as soon as it is drawn",
    async (_, drawnAfterMs) => {
      setUrl(LARS_URL);
      document.title = 'Lars Holm - People';
      draw(larsPage());
      const { session, shown } = startRealSession(pipedrive, lifetime.signal);
      session.onRoute(new URL(LARS_URL), false);
      await vi.waitFor(() => expect(shown()).toContain('contact:3310'), { timeout: 5000 });
      navigate(session, deal('813'));
      if (drawnAfterMs > 0) await wait(drawnAfterMs);
      document.title = `${COLD} - Deals`;
      draw(dealOver(larsHistory));
      await wait(3000);
      draw(dealOver(COLD_ITEMS.map(flow).join('')));
      // At once: the watch's debounce and reading, not the 15 s loading time.
      await vi.waitFor(() => expect(readingsUnder('813').join('\n')).toContain('Cold-chain site visit'), {
        timeout: 1500,
      });
      const readings = readingsUnder('813');
      expect(
        readings.filter((r) => r.includes('Pricing call') || r.includes('Fleet app pricing')),
        readings.join('\n'),
      ).toEqual([]);
      expect(shown()).toContain('deal:813');
    },
    20_000,
  );
});

/** Lars's page read on its load, then the address moved to the deal: what the deal's watch is told of the page left. */
async function readLarsThenLeave(signal: AbortSignal): Promise<PageLeft> {
  setUrl(LARS_URL);
  draw(larsPage());
  const url = new URL(LARS_URL);
  const page = pageReaderOf(pipedrive).pageAt(url);
  if (!page) throw new Error('not a record URL');
  const route = new AbortController();
  let read = false;
  const watch = watchRecord({
    page,
    readInSlices: readRecordPageInSlices,
    url,
    signal: AbortSignal.any([signal, route.signal]),
    awaitChange: false,
    isCurrent: () => location.href === url.href,
    onReading: (r) => {
      read ||= r.status === 'read';
    },
  });
  await vi.waitFor(() => expect(read).toBe(true), { timeout: 5000 });
  setUrl(deal('813'));
  const left = { leftRoute: `pipedrive:brightline-sales:contact:3310`, ...watch.pageLeft() };
  route.abort();
  return left;
}

describe("Pipedrive: a deal whose History really lists just Lars's items", () => {
  it('is read with them once the loading time is over, not at the settle time, and not lost', async () => {
    const left = await readLarsThenLeave(lifetime.signal);
    const url = new URL(deal('813'));
    const page = pageReaderOf(pipedrive).pageAt(url);
    if (!page) throw new Error('not a record URL');
    const reported: string[] = [];
    let readings = 0;
    watchRecord({
      ...left,
      page,
      readInSlices: async (...args) => {
        const result = await readRecordPageInSlices(...args);
        readings++;
        return result;
      },
      url,
      signal: lifetime.signal,
      awaitChange: true,
      isCurrent: () => location.href === url.href,
      onReading: (r) => {
        if (r.status === 'read') reported.push(`${r.record.name}: ${r.activities.map((a) => a.title).join(', ')}`);
      },
      // Short settle and loading times, standing in for the real 2 s and 15 s.
      settleMs: 800,
      loadingTimeoutMs: 2500,
    });
    // The view swapped in place once the address had moved (Lars's page read under it): the deal
    // drawn over Lars's History.
    await vi.waitFor(() => expect(readings).toBeGreaterThanOrEqual(1));
    draw(dealOver(larsHistory));
    // Past the settle time: the deal's name over Lars's items, exactly as they were, may be his page still.
    await wait(1300);
    expect(reported).toEqual([]);
    await vi.waitFor(() => expect(reported).toEqual([`${COLD}: Pricing call, Fleet app pricing`]), { timeout: 2500 });
  });
});
