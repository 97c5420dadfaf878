// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { RecordPage } from '../../../lib/adapters/record-page';
import { watchRecord } from '../../../lib/content/watch-record';
import type { ReadResult } from '../../../lib/schema/read-result';
import { showHtml } from './show-html';
import { stubAdapter } from './stub-adapter';

const refB = { crm: 'hubspot', tenant: '1', kind: 'contact', recordId: 'B' } as const;
const URL_B = 'https://app.hubspot.com/contacts/1/record/0-1/B';

/** Like every real adapter: reads whatever the page shows, under the record the URL names. */
function readShown(): ReadResult {
  const name = document.querySelector('h1')?.textContent ?? '';
  if (!name) return { ...refB, status: 'loading', reason: 'no header yet' };
  return {
    ...refB,
    status: 'read',
    record: { name },
    activities: [],
    crmFigures: {},
    notRead: [],
  } as unknown as ReadResult;
}

const pageB: RecordPage = { adapter: stubAdapter(refB, readShown), ref: refB };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Navigated to B with `html` drawn: watches B's route and collects the names (or statuses) reported. */
function watchB(html: string, options: Partial<Parameters<typeof watchRecord>[0]> = {}) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_B);
  showHtml(document.body, html);
  const names: string[] = [];
  const route = new AbortController();
  watchRecord({
    page: pageB,
    readInSlices: readRecordPageInSlices,
    url: new URL(URL_B),
    signal: route.signal,
    awaitChange: true,
    isCurrent: () => true,
    onReading: (r) => names.push(r.status === 'read' ? r.record.name : r.status),
    ...options,
  });
  return { names, stop: () => route.abort() };
}

afterEach(() => document.body.replaceChildren());

describe('after a route change from contact A to contact B', () => {
  it.each([true, false])("does not read A's still-shown page as B (a clock on the page ticks: %s)", async (ticks) => {
    // A's record is still drawn; the CRM's page has a clock (or a typing indicator) that updates.
    const { names, stop } = watchB('<main><h1>Ana Alvarez</h1><span id="clock">10:00</span></main>');
    await wait(100);
    const clock = document.getElementById('clock');
    if (ticks && clock) clock.textContent = '10:01';
    // B's data arrives 1.5 s after the navigation (within the 2 s the watcher means to wait).
    await wait(1400);
    showHtml(document.body, '<main><h1>Ben Brooks</h1><span id="clock">10:01</span></main>');
    await wait(1500);
    stop();
    expect(names).not.toContain('Ana Alvarez');
    expect(names).toContain('Ben Brooks');
  });

  it('shows B at once when B is already drawn at the route change (its name is not the one left)', async () => {
    const { names, stop } = watchB('<main><h1>Ben Brooks</h1></main>', { leftName: 'Ana Alvarez' });
    // Well inside the 2 s a page still showing the record left would be given.
    await wait(500);
    stop();
    expect(names).toEqual(['Ben Brooks']);
  });

  it('keeps waiting past the settle time while the page still names A (a slow CRM), and reads B once it shows', async () => {
    const { names, stop } = watchB('<main><h1>Ana Alvarez</h1></main>', {
      leftName: 'Ana Alvarez',
      settleMs: 300,
      loadingTimeoutMs: 5000,
    });
    // A stays on screen, unchanged, well past the settle time.
    await wait(900);
    expect(names).toEqual([]);
    showHtml(document.body, '<main><h1>Ben Brooks</h1></main>');
    await wait(700);
    stop();
    expect(names).toEqual(['Ben Brooks']);
  });

  it('shows a namesake of A (same name, unchanged page) once the loading time is over', async () => {
    const { names, stop } = watchB('<main><h1>Ana Alvarez</h1></main>', {
      leftName: 'Ana Alvarez',
      settleMs: 200,
      loadingTimeoutMs: 800,
    });
    await wait(500);
    expect(names).toEqual([]);
    await wait(800);
    stop();
    expect(names).toEqual(['Ana Alvarez']);
  });
});
