import type { Activity } from '../schema/activity';
import { countedDays, printedDay, rowPrintedDay, TWO_MINUTES_MS, withinCountDrift } from './time-precision';

/**
 * The stored row a page item without a CRM id, under a key the cache does not have, is another
 * sighting of (decisions.md "Keys and time"): the one row of the same record, type, direction and
 * title on the same printed day, with the other precision. A date-only sighting of a touch
 * stored to the minute merges into it (never lowering its precision); a sighting with a time of
 * a touch stored as date-only makes it precise. A time worked out from a count ("3 hours ago",
 * keyed by its day) is the other precision of a time the page showed, when near it, on whichever
 * day: the count moves by up to an hour between readings, across midnight too. None, or several
 * (which one is unknowable), gives undefined: the item is stored as its own row. Only where no
 * row is on the day is a count on the other day it reaches (countedDays: its drift back, half an
 * hour on, as HubSpot rounds its counts): "3 hours ago" read at 03:05 (00:05) and the page's
 * "Nov 19" are one call, unless a row is on the 20th or a row with a time is on the 19th; so are
 * "3 hours ago" read at 02:40 (23:40) and "Nov 20" (a call at 00:05 reads so; two calls that read
 * so are taken as one too: time-precision.ts countWithinDay); "2 hours ago" read at 00:55 (22:55)
 * and "Nov 20" are two. A row an import gave a CRM id and the time the export shows (fillIn) keeps the
 * key of the date the page showed: the page's time of it, within duplicate rule 3's two minutes, is
 * another sighting too.
 */
export function sameDayRow(
  incoming: Activity,
  ownerRows: Iterable<Activity>,
  pageKey: string,
  pageTimeZone: string,
): Activity | undefined {
  if (incoming.sourceId || !incoming.timestamp || !incoming.timePrecision) return undefined;
  const day = printedDay(incoming.timestamp, pageTimeZone);
  const at = incoming.timestamp;
  const rows = [...ownerRows].filter((row) => samePageItem(row, incoming, pageKey) && row.timestamp !== undefined);
  const rowDay = (row: Activity) => rowPrintedDay({ ...row, timestamp: row.timestamp as string }, pageTimeZone);
  const found = rows.filter((row) => {
    if (incoming.timePrecision === 'day') return row.timePrecision === 'minute' && rowDay(row) === day;
    if (row.timePrecision === 'day') return rowDay(row) === day;
    if (!incoming.relativeTime !== !row.relativeTime) return withinCountDrift(at, row.timestamp as string);
    return exportTimed(row) && !incoming.relativeTime && withinTwoMinutes(at, row.timestamp as string);
  });
  if (found.length > 0) return found.length === 1 ? found[0] : undefined;
  const reached = rows.filter((row) => {
    if (incoming.timePrecision === 'day')
      return row.relativeTime === true && countedDays(row.timestamp as string, pageTimeZone).includes(day);
    return (
      incoming.relativeTime === true &&
      row.timePrecision === 'day' &&
      countedDays(at, pageTimeZone).includes(rowDay(row))
    );
  });
  return reached.length === 1 ? reached[0] : undefined;
}

/**
 * A stored row that can be another sighting of `incoming`, read on the page `pageKey`, whatever
 * its date says: a page row read on that page, of the same type, direction and title (what the key
 * hashes beside the record and the time: lib/keys.ts activityKey). A CRM id an import gave the
 * row (fillIn) does not make it another item: the page still shows it without one.
 */
export function samePageItem(row: Activity, incoming: Activity, pageKey: string): boolean {
  return (
    row.origin === 'page' &&
    ownerOf(row) === pageKey &&
    row.type === incoming.type &&
    row.direction === incoming.direction &&
    row.title === incoming.title
  );
}

/**
 * The same item seen again on the page its stored row was read on (mergeActivity's `seenAgain`):
 * a page row under the key a reading of `pageKey` gives the item, read on that page before. A row
 * without a CRM id is keyed by the page it was read on (lib/keys.ts activityKey: ownerOf). One with
 * an id is keyed by the id alone: its page is a deal page it was read on, or, where no deal page
 * read it, its contact's (a deal page's row names a contact too, but that contact's page did not
 * show it: were it read there with no outcome, that would be another page's copy, which must not
 * erase the deal page's known one). Not on Salesforce: Lightning shows a call's result only while
 * its item is expanded (crm-evidence-2.md), so a collapsed item seen again has not cleared it.
 */
export function readOnPage(row: Activity, pageKey: string): boolean {
  if (row.origin !== 'page' || row.crm === 'salesforce') return false;
  if (!row.sourceId) return ownerOf(row) === pageKey;
  return row.dealKeys.includes(pageKey) || (row.dealKeys.length === 0 && row.contactKeys.includes(pageKey));
}

/** The page a row without a CRM id was read on: its deal if any, else its contact (see activityFromReading). */
export function ownerOf(row: Activity): string | undefined {
  return row.dealKeys[0] ?? row.contactKeys[0];
}

/** A row with a CRM id and a time it did not get from a count: its time is what an export showed (or a page with ids). */
function exportTimed(row: Activity): boolean {
  return row.sourceId !== undefined && row.timePrecision === 'minute' && !row.relativeTime;
}

function withinTwoMinutes(a: string, b: string): boolean {
  return Math.abs(Date.parse(a) - Date.parse(b)) <= TWO_MINUTES_MS;
}
