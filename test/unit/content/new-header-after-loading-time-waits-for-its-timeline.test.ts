// @vitest-environment happy-dom
// Review routes (s45): contact A read, the rep opens contact B, the CRM keeps A's page up past the
// loading time (or until just before its end), then draws B's header a moment before B's timeline
// ("cards load late", crm-pages.md). The loading time runs from the route change, so B's header over
// A's timeline was reported at once and A's call and email stored under B for good (contactKeys are
// unioned, mergeActivity). Times scaled: settle 300 ms, loading 1200 ms.
import { describe, expect, it, vi } from 'vitest';
import { BEN, draw, sessionPerTest, wait } from './spa-world';
import { readAThenLeave, renameHeader, watch } from './watch-short-times';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

describe("A's page kept on screen past the loading time, then B's header drawn before B's timeline", () => {
  it("never reports A's items under B", async () => {
    const left = await readAThenLeave(lifetime.signal);
    const b = watch('B', lifetime.signal, { ...left, awaitChange: true });
    // A's page stays (a slow CRM): "20 s" against a 15 s loading time.
    await wait(1600);
    expect(b.reported).toEqual(['loading: the page still shows Ana Alvarez, the record left']);
    // B's header card comes first, over A's timeline...
    renameHeader('Ben Brooks');
    // ...and B's timeline half a second later (the watcher reads 400 ms after the header changes).
    await wait(500);
    draw(BEN);
    await wait(800);
    b.stop();
    expect(b.reported.filter((r) => r.includes('Ana'))).toEqual([
      'loading: the page still shows Ana Alvarez, the record left',
    ]);
    expect(b.reported.at(-1)).toBe('Ben Brooks: Meeting with Ben');
  });
});

describe("B's header drawn over A's timeline just before the loading time is over", () => {
  it("waits for B's timeline rather than reporting A's items under B when the loading time ends", async () => {
    const left = await readAThenLeave(lifetime.signal);
    const b = watch('B', lifetime.signal, { ...left, awaitChange: true });
    // Read 400 ms after it is drawn: 100 ms before the 1200 ms loading time is over.
    await wait(700);
    renameHeader('Ben Brooks');
    await wait(700);
    draw(BEN);
    await wait(800);
    b.stop();
    expect(b.reported.filter((r) => r.includes('Ana'))).toEqual([]);
    expect(b.reported).toEqual(['Ben Brooks: Meeting with Ben']);
  });

  it('reports B with the timeline left once its own wait is over too (a record whose timeline really is the one left)', async () => {
    const left = await readAThenLeave(lifetime.signal);
    const b = watch('B', lifetime.signal, { ...left, awaitChange: true });
    await wait(1600);
    renameHeader('Ben Brooks');
    // Read at 2000 ms: its own settle and loading times are over at 3200 ms.
    await wait(1000);
    expect(b.reported).toEqual(['loading: the page still shows Ana Alvarez, the record left']);
    await wait(1000);
    b.stop();
    expect(b.reported).toEqual([
      'loading: the page still shows Ana Alvarez, the record left',
      'Ben Brooks: Call with Ana, Email to Ana',
    ]);
  });
});
