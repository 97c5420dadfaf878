// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import { type RecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import { salesforce } from '../../../lib/adapters/salesforce';
import { watchRecord } from '../../../lib/content/watch-record';
import { fixturePage } from '../adapters/page-variation';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ITEM =
  '.slds-timeline__item_expandable, .slds-timeline__item, li.runtime_sales_activitiesActivityTimelineFixedStencil';

/**
 * Lightning renders some components in real shadow roots (crm-pages.md), and the reader walks
 * them (shadow-items.test.ts). Here the last group's list of a saved timeline is such a component;
 * its last two items render only after the first reading (lazily, or after "Load More").
 */
async function watchGrowing(inShadow: boolean) {
  const page = fixturePage('salesforce', 'contact-activity-groups');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(page.url);
  document.open();
  document.write(page.html);
  document.close();
  const items = Array.from(document.querySelectorAll(ITEM));
  const list = items[items.length - 1]?.parentElement as Element;
  const late = Array.from(list.querySelectorAll(':scope > *'))
    .filter((el) => el.matches(ITEM))
    .slice(-2);
  for (const el of late) el.remove();
  if (inShadow) {
    const host = document.createElement('x-activity-group');
    list.replaceWith(host);
    host.attachShadow({ mode: 'open' }).append(list);
  }
  const counts: number[] = [];
  const route = new AbortController();
  const shown = recordPageOf(new URL(page.url), [salesforce]) as RecordPage;
  watchRecord({
    page: shown,
    readInSlices: readRecordPageInSlices,
    url: new URL(page.url),
    signal: route.signal,
    awaitChange: false,
    isCurrent: () => true,
    onReading: (r) => counts.push(r.status === 'read' ? r.activities.length : -1),
  });
  await expectSoon(() => counts.length > 0);
  list.append(...late);
  await wait(3000);
  route.abort();
  const now = salesforce.read(document, new URL(page.url), { now: new Date(), timeZone: 'UTC' });
  return { counts, readNow: now.status === 'read' ? now.activities.length : -1 };
}

async function expectSoon(done: () => boolean) {
  for (let i = 0; i < 100 && !done(); i++) await wait(100);
  expect(done()).toBe(true);
}

afterEach(() => document.body.replaceChildren());

describe('a Salesforce timeline that grows after the first reading', () => {
  it('reads the items a component with a real shadow root adds later', async () => {
    const { counts, readNow } = await watchGrowing(true);
    expect(counts[0]).toBeGreaterThan(0);
    // What the page shows now, read at once: the late items are there for the reader.
    expect(readNow).toBeGreaterThan(counts[0] ?? 0);
    expect(counts.at(-1)).toBeGreaterThan(counts[0] ?? 0);
  });

  it('(guard) reads the items added later in plain DOM', async () => {
    const { counts } = await watchGrowing(false);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts.at(-1)).toBeGreaterThan(counts[0] ?? 0);
  });
});
