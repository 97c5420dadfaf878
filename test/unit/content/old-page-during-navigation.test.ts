// @vitest-environment happy-dom
// Review s36 (single-page apps): the page left still changes while the next one loads.
import { afterEach, describe, expect, it } from 'vitest';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { RecordPage } from '../../../lib/adapters/record-page';
import { watchRecord } from '../../../lib/content/watch-record';
import type { ReadResult } from '../../../lib/schema/read-result';
import type { RecordRef } from '../../../lib/schema/record';
import { setUrl } from './jordan-page';
import { showHtml } from './show-html';
import { stubAdapter } from './stub-adapter';

const refB = { crm: 'hubspot', tenant: '1', kind: 'contact', recordId: 'B' } as const;
const URL_B = 'https://app.hubspot.com/contacts/1/record/0-1/B';

/**
 * Like every real adapter: the record from the URL, its name from the header and one activity per
 * timeline item the page shows (each item carries the CRM's engagement id, as HubSpot's do).
 */
function readShown(ref: RecordRef): () => ReadResult {
  return () => {
    const name = document.querySelector('h1')?.textContent ?? '';
    if (!name) return { ...ref, status: 'loading', reason: 'no header yet' } as ReadResult;
    const activities = Array.from(document.querySelectorAll('li[data-id]'), (li) => ({
      crmId: li.getAttribute('data-id'),
      type: 'call',
      direction: 'outbound',
      title: li.textContent,
      timestamp: '2026-11-18T10:00:00.000Z',
    }));
    return {
      ...ref,
      status: 'read',
      record: { name },
      activities,
      crmFigures: {},
      notRead: [],
    } as unknown as ReadResult;
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Seen {
  name: string;
  items: string[];
}

function watch(ref: RecordRef, url: string, options: Partial<Parameters<typeof watchRecord>[0]>) {
  const page: RecordPage = { adapter: stubAdapter(ref, readShown(ref)), ref };
  const seen: Seen[] = [];
  const route = new AbortController();
  watchRecord({
    page,
    readInSlices: readRecordPageInSlices,
    url: new URL(url),
    signal: route.signal,
    awaitChange: false,
    isCurrent: () => location.href === url,
    onReading: (r) => {
      if (r.status !== 'read') return;
      seen.push({ name: r.record.name ?? '', items: r.activities.map((a) => String(a.title)) });
    },
    ...options,
  });
  return { seen, stop: () => route.abort() };
}

const ANA_PAGE = '<main><h1>Ana Alvarez</h1><ul id="timeline"><li data-id="a1">Call with Ana</li></ul></main>';
const BEN_PAGE = '<main><h1>Ben Brooks</h1><ul id="timeline"><li data-id="b1">Meeting with Ben</li></ul></main>';

function addItem(id: string, title: string): void {
  const li = document.createElement('li');
  li.setAttribute('data-id', id);
  li.textContent = title;
  document.getElementById('timeline')?.append(li);
}

afterEach(() => document.body.replaceChildren());

describe("contact A's page still on screen after an in-app navigation to contact B", () => {
  it("is not saved as B when A's timeline loads its next items meanwhile (infinite scroll)", async () => {
    setUrl(URL_B);
    showHtml(document.body, ANA_PAGE);
    const { seen, stop } = watch(refB, URL_B, { awaitChange: true, leftName: 'Ana Alvarez' });
    // A's timeline, scrolled to its end just before the click, draws its next page of items.
    await wait(300);
    addItem('a2', 'Email to Ana');
    // B's page arrives 1.5 s after the navigation (inside the 2 s settle time).
    await wait(1200);
    showHtml(document.body, BEN_PAGE);
    await wait(1500);
    stop();
    // Nothing of Ana's may be stored under Ben's record: it would count her call and email as his touches.
    expect(seen.map((s) => s.name)).not.toContain('Ana Alvarez');
    expect(seen.flatMap((s) => s.items)).not.toContain('Call with Ana');
    expect(seen.at(-1)).toEqual({ name: 'Ben Brooks', items: ['Meeting with Ben'] });
  });

  it("is not saved as B when the CRM tears A's page down in steps (A's timeline goes first, A's header stays)", async () => {
    setUrl(URL_B);
    showHtml(document.body, ANA_PAGE);
    const { seen, stop } = watch(refB, URL_B, { awaitChange: true, leftName: 'Ana Alvarez' });
    await wait(300);
    // A's timeline is unmounted (B's timeline has not come yet); A's header is still drawn.
    document.getElementById('timeline')?.replaceChildren();
    await wait(1200);
    showHtml(document.body, BEN_PAGE);
    await wait(1500);
    stop();
    // Ana's name under B's record, with no activities, would name B "Ana Alvarez" in the panel.
    expect(seen.map((s) => s.name)).not.toContain('Ana Alvarez');
    expect(seen.at(-1)).toEqual({ name: 'Ben Brooks', items: ['Meeting with Ben'] });
  });

  it("does not count A's timeline items for B when B's header is drawn before B's timeline", async () => {
    setUrl(URL_B);
    showHtml(document.body, ANA_PAGE);
    const { seen, stop } = watch(refB, URL_B, { awaitChange: true, leftName: 'Ana Alvarez' });
    // The header card loads first (crm-pages.md: "cards load late"); A's timeline is still shown.
    await wait(300);
    const h1 = document.querySelector('h1');
    if (h1) h1.textContent = 'Ben Brooks';
    // B's timeline replaces A's a second later.
    await wait(1000);
    const timeline = document.getElementById('timeline');
    timeline?.replaceChildren();
    addItem('b1', 'Meeting with Ben');
    await wait(1500);
    stop();
    // Ben has one meeting; Ana's call (engagement a1) is hers, not his.
    expect(seen.flatMap((s) => s.items)).not.toContain('Call with Ana');
    expect(seen.at(-1)).toEqual({ name: 'Ben Brooks', items: ['Meeting with Ben'] });
  });
});

// Regression of c791acb: the record left had no items on screen at the route change (its timeline
// still loading on a slow CRM); they arrive while the next record loads.
const ANA_LOADING = '<main><h1>Ana Alvarez</h1><ul id="timeline"></ul></main>';

describe('contact A left before its timeline had drawn (a quick click on a slow CRM)', () => {
  it("A's items drawn after the route change, under A's header, are not saved as contact B", async () => {
    setUrl(URL_B);
    // At the route change A's header is drawn and its timeline is still empty (loading).
    showHtml(document.body, ANA_LOADING);
    const { seen, stop } = watch(refB, URL_B, { awaitChange: true, leftName: 'Ana Alvarez' });
    // A's timeline finishes loading while B's page is on its way.
    await wait(300);
    addItem('a1', 'Call with Ana');
    addItem('a2', 'Email to Ana');
    // B's page arrives 1.5 s after the navigation (inside the 2 s settle time).
    await wait(1200);
    showHtml(document.body, BEN_PAGE);
    await wait(1500);
    stop();
    // Still Ana's page (her name, her items): saved under B it names B "Ana Alvarez" and counts
    // her call and email as B's touches for good.
    expect(seen.map((s) => s.name)).not.toContain('Ana Alvarez');
    expect(seen.flatMap((s) => s.items)).not.toContain('Call with Ana');
    expect(seen.at(-1)).toEqual({ name: 'Ben Brooks', items: ['Meeting with Ben'] });
  });
});
