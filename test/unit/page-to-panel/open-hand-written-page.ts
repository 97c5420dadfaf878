// A hand-written page through the reader, the background's save and view (as the content script and background run them).
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import type { ReadResult } from '../../../lib/schema/read-result';
import { loadPage } from '../capture/page-window';
import type { Extension } from './chain';

export function readHtml(html: string, href: string, now: Date, timeZone: string): ReadResult {
  const url = new URL(href);
  const page = recordPageOf(url, ADAPTERS);
  if (!page) throw new Error('not a record page');
  const loaded = loadPage(html, href);
  try {
    return readRecordPage(page, loaded.doc, url, { now, timeZone });
  } finally {
    loaded.close();
  }
}

export async function openPage(ext: Extension, html: string, href: string) {
  const reading = readHtml(html, href, ext.clock.now, ext.settings.timeZone);
  if (reading.status !== 'read') throw new Error(`not read: ${JSON.stringify(reading)}`);
  return { reading, view: await ext.save(reading) };
}
