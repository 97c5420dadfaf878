import { adoptCalendarNames } from '../locale/calendar-names';
import type { ReadResult } from '../schema/read-result';
import { readRecordPageInSlices } from './read-in-slices';
import { type RecordPage, readRecordPage, recordPageOf } from './record-page';
import type { Adapter, PageClock } from './types';

/**
 * One CRM's adapter with the two ways a content script reads a page: whole (the page capture)
 * and in slices (the watcher). Handed over as one object so that the code reading a page (the
 * adapter, its wording and the locale tables) lives in one lazily loaded chunk per CRM, and
 * the panel's session, loaded apart, carries none of it (issue 11).
 */
export interface PageReader {
  adapter: Adapter;
  /** The record a URL of this CRM points at, or null off a record page. */
  pageAt(url: URL): RecordPage | null;
  read(page: RecordPage, doc: Document, url: URL, clock: PageClock): ReadResult;
  readInSlices: typeof readRecordPageInSlices;
  /** Month and weekday names built elsewhere (the background), so reading need not build them on the page. */
  adoptCalendarNames: typeof adoptCalendarNames;
}

export function pageReaderOf(adapter: Adapter): PageReader {
  return {
    adapter,
    pageAt: (url) => recordPageOf(url, [adapter]),
    read: readRecordPage,
    readInSlices: readRecordPageInSlices,
    adoptCalendarNames,
  };
}
