import { expect, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { PageLeft } from '../../../lib/content/page-left';
import { type RecordWatch, watchRecord } from '../../../lib/content/watch-record';
import type { ReadResult } from '../../../lib/schema/read-result';
import { ANA, adapter, draw, setUrl, urlOf } from './spa-world';

/**
 * Watches record `id`'s route with short settle (300 ms) and loading (1200 ms) times, standing in
 * for the real 2 s and 15 s: each reading reported, as "name: items" or "status: reason".
 */
export function watch(id: string, signal: AbortSignal, options: PageLeft & { awaitChange: boolean }) {
  const url = new URL(urlOf(id));
  const page = pageReaderOf(adapter).pageAt(url);
  if (!page) throw new Error('not a record URL');
  const reported: string[] = [];
  const route = new AbortController();
  const said = (r: ReadResult) =>
    r.status === 'read'
      ? `${r.record.name}: ${r.activities.map((a) => a.title).join(', ')}`
      : `${r.status}: ${'reason' in r ? r.reason : ''}`;
  const recordWatch: RecordWatch = watchRecord({
    ...options,
    page,
    readInSlices: readRecordPageInSlices,
    url,
    signal: AbortSignal.any([signal, route.signal]),
    isCurrent: () => location.href === url.href,
    onReading: (r) => reported.push(said(r)),
    settleMs: 300,
    loadingTimeoutMs: 1200,
  });
  return { reported, pageLeft: () => recordWatch.pageLeft(), stop: () => route.abort() };
}

/** Contact A read on its page's load (`html`, default Ana's page); then the address moves to B. */
export async function readAThenLeave(
  signal: AbortSignal,
  html = ANA,
  expected = 'Ana Alvarez: Call with Ana, Email to Ana',
) {
  setUrl(urlOf('A'));
  draw(html);
  const a = watch('A', signal, { awaitChange: false });
  await vi.waitFor(() => expect(a.reported).toEqual([expected]));
  setUrl(urlOf('B'));
  const left = { leftRoute: 'hubspot:4410021:contact:A', ...a.pageLeft() };
  a.stop();
  return left;
}

export function renameHeader(name: string): void {
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = name;
}

export function addItem(id: string, title: string): void {
  const li = document.createElement('li');
  li.setAttribute('data-id', id);
  li.textContent = title;
  document.getElementById('timeline')?.append(li);
}
