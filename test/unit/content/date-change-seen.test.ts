// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { RecordPage } from '../../../lib/adapters/record-page';
import { watchRecord } from '../../../lib/content/watch-record';
import type { ReadResult } from '../../../lib/schema/read-result';
import { showHtml } from './show-html';
import { stubAdapter } from './stub-adapter';

const ref = { crm: 'hubspot', tenant: '1', kind: 'contact', recordId: '2' } as const;
const URL_A = 'https://app.hubspot.com/contacts/1/record/0-1/2';

/** Reads the one call the page shows, dated as the page dates it (an absolute date: no drift with the clock). */
function readShown(): ReadResult {
  const date = document.querySelector('time')?.getAttribute('datetime');
  return {
    ...ref,
    status: 'read',
    record: { name: 'Ana Alvarez' },
    activities: [
      {
        type: 'call',
        direction: 'outbound',
        title: 'Call with Ana',
        automated: false,
        ...(date ? { timestamp: date, timePrecision: 'minute' } : {}),
      },
    ],
    crmFigures: {},
    notRead: [],
  } as unknown as ReadResult;
}

const page: RecordPage = { adapter: stubAdapter(ref, readShown), ref };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
afterEach(() => document.body.replaceChildren());

describe('an item whose date the page changes after the first reading', () => {
  it.each([
    ['the rep corrects the call’s date in the CRM', '<time datetime="2026-11-10T10:00:00.000Z">Nov 10</time>'],
    ['the date renders after the item (lazily)', ''],
  ])('%s: the new date is reported', async (_case, first) => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_A);
    showHtml(document.body, `<main><h1>Ana Alvarez</h1><li>Call with Ana ${first}</li></main>`);
    const dates: (string | undefined)[] = [];
    const route = new AbortController();
    watchRecord({
      page,
      readInSlices: readRecordPageInSlices,
      url: new URL(URL_A),
      signal: route.signal,
      awaitChange: false,
      isCurrent: () => true,
      onReading: (r) => dates.push(r.status === 'read' ? r.activities[0]?.timestamp : r.status),
    });
    for (let i = 0; i < 50 && dates.length === 0; i++) await wait(100);
    showHtml(
      document.querySelector('li') as Element,
      'Call with Ana <time datetime="2026-11-12T15:00:00.000Z">Nov 12</time>',
    );
    await wait(1500);
    route.abort();
    expect(dates.at(-1)).toBe('2026-11-12T15:00:00.000Z');
  });
});
