// @vitest-environment happy-dom
// Review spa (s43): contact A read, the rep opens contact B, and the CRM keeps A's page on screen
// past the loading time (a stalled request). A's page as it was read (its name over its items) is
// not B's: it is reported as still loading ("the page still shows Ana Alvarez"), never saved
// under B, and the wait for B's page goes on. A namesake with nothing of A's timeline, or a new
// header over A's items (route-change-settle.test.ts, new-header-over-old-timeline.test.ts), is
// still reported as it is once the loading time is over.
import { describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { PageLeft } from '../../../lib/content/page-left';
import { type RecordWatch, watchRecord } from '../../../lib/content/watch-record';
import type { ReadResult } from '../../../lib/schema/read-result';
import { ANA, adapter, BEN, draw, sessionPerTest, setUrl, urlOf, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

/** Watches record `id`'s route: each reading reported, as "name: items" or "loading: reason". */
function watch(id: string, options: PageLeft & { awaitChange: boolean }) {
  const url = new URL(urlOf(id));
  const page = pageReaderOf(adapter).pageAt(url);
  if (!page) throw new Error('not a record URL');
  const reported: string[] = [];
  const route = new AbortController();
  const said = (r: ReadResult) =>
    r.status === 'read'
      ? `${r.record.name}: ${r.activities.map((a) => a.title).join(', ')}`
      : `${r.status}: ${r.reason}`;
  const recordWatch: RecordWatch = watchRecord({
    ...options,
    page,
    readInSlices: readRecordPageInSlices,
    url,
    signal: AbortSignal.any([lifetime.signal, route.signal]),
    isCurrent: () => location.href === url.href,
    onReading: (r) => reported.push(said(r)),
    settleMs: 300,
    loadingTimeoutMs: 1200,
  });
  return { reported, pageLeft: () => recordWatch.pageLeft(), stop: () => route.abort() };
}

/** Contact A read on its page's load; then the address moves to B: what A's page showed, as read. */
async function readAThenLeave(): Promise<PageLeft> {
  setUrl(urlOf('A'));
  draw(ANA);
  const a = watch('A', { awaitChange: false });
  await vi.waitFor(() => expect(a.reported).toEqual(['Ana Alvarez: Call with Ana, Email to Ana']));
  setUrl(urlOf('B'));
  const left = { leftRoute: 'hubspot:4410021:contact:A', ...a.pageLeft() };
  a.stop();
  return left;
}

describe("contact A's page still on screen, unchanged, past the loading time after the route change to B", () => {
  it("reports B as still loading, not with A's name and touches, and reads B once it is drawn", async () => {
    const left = await readAThenLeave();
    const b = watch('B', { ...left, awaitChange: true });
    await wait(1800);
    expect(b.reported).toEqual(['loading: the page still shows Ana Alvarez, the record left']);
    draw(BEN);
    await wait(800);
    b.stop();
    expect(b.reported).toEqual([
      'loading: the page still shows Ana Alvarez, the record left',
      'Ben Brooks: Meeting with Ben',
    ]);
  });

  it('does the same when the page left loads more of its timeline meanwhile', async () => {
    const left = await readAThenLeave();
    const b = watch('B', { ...left, awaitChange: true });
    await wait(600);
    const li = document.createElement('li');
    li.setAttribute('data-id', 'a3');
    li.textContent = 'Meeting with Ana';
    document.getElementById('timeline')?.append(li);
    await wait(1200);
    b.stop();
    expect(b.reported).toEqual(['loading: the page still shows Ana Alvarez, the record left']);
  });
});
