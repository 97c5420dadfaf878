import type { ReadResult } from '../schema/read-result';
import { shownItems } from './shown-items';

/**
 * What the page showed when a navigation left it, as last read (a reading reported or not): the
 * next record's watch tells its own page from this one (watch-record.ts, route-settle.ts).
 */
export interface PageLeft {
  /** The name it showed. */
  leftName?: string | undefined;
  /** Its timeline's items, as the page shows them (shown-items.ts). */
  leftItems?: string[] | undefined;
  /** The record whose page it was, when a reading said so (not a page left still on screen). */
  leftKey?: string | undefined;
  /** The record the address named before the route change, read or not. */
  leftRoute?: string | undefined;
  /**
   * A record's page was left without being read as it is now (a quick click, or the page changed
   * since): the page at the route change is taken for it.
   */
  leftUnread?: boolean | undefined;
  /**
   * The page left was no record's (a list, a company Touchline does not read): nothing of it was
   * read, so the page at the route change stands for it while it shows unchanged.
   */
  leftNoRecord?: boolean | undefined;
}

export const LEFT_UNREAD: PageLeft = { leftUnread: true };

export const LEFT_NO_RECORD: PageLeft = { leftNoRecord: true };

/** A reading as what the page left showed; a page without a name to tell it by counts as unread. */
export function pageLeftOf(result: ReadResult, key: string | undefined): PageLeft {
  if (result.status !== 'read') return LEFT_UNREAD;
  return { leftName: result.record.name, leftItems: shownItems(result), leftKey: key };
}
