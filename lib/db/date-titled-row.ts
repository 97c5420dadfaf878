import { readPageDate } from '../locale/read-date';
import { TWO_MINUTES_MS } from '../metrics/duplicate-rules';
import type { Activity } from '../schema/activity';
import { ownerOf } from './same-day-row';
import { printedDay, rowPrintedDay, withinCountDrift } from './time-precision';

/**
 * The stored row titled by its own date text that `incoming`, read on the page `pageKey`, is
 * another sighting of. Before 0.7.18 a HubSpot item whose time sits on its own line under the
 * header was titled by that line ("3 hours ago", "Nov 3, 2026 at 10:15 AM GMT"); it now takes the
 * text after it, so the title, and the key hashed from it (lib/keys.ts activityKey), differ from
 * the stored row's. The one such row of the same record, type and direction at the item's time
 * (as duplicate rule 3 compares: metrics.md "Duplicate") is that item; none or several: undefined.
 */
export function dateTitledRow(
  incoming: Activity,
  ownerRows: Iterable<Activity>,
  pageKey: string,
  pageTimeZone: string,
): Activity | undefined {
  if (incoming.sourceId || !incoming.timestamp || titledByDate(incoming, pageTimeZone)) return undefined;
  const found = [...ownerRows].filter(
    (row) =>
      row.origin === 'page' &&
      !row.sourceId &&
      ownerOf(row) === pageKey &&
      row.type === incoming.type &&
      row.direction === incoming.direction &&
      row.title !== incoming.title &&
      sameTime(row, incoming, pageTimeZone) &&
      titledByDate(row, pageTimeZone),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether a row's title is the date it was read with: its date text, or text that reads as a date
 * at the time the row was first stored (the reading that gave it the title) on the row's day.
 */
function titledByDate(row: Activity, pageTimeZone: string): boolean {
  if (row.dateText !== undefined && row.title === row.dateText) return true;
  if (!row.timestamp) return false;
  const now = new Date(row.firstSeenAt ?? row.timestamp);
  const read = readPageDate(row.title, { now, timeZone: pageTimeZone });
  return read !== undefined && printedDay(read.timestamp, pageTimeZone) === rowDay(row, pageTimeZone);
}

/** Rule 3's times: within 2 minutes, a count within its drift, a date alone on the same printed day. */
function sameTime(row: Activity, incoming: Activity, pageTimeZone: string): boolean {
  const a = row.timestamp;
  const b = incoming.timestamp;
  if (!a || !b) return false;
  if (row.timePrecision === 'day' || incoming.timePrecision === 'day')
    return rowDay(row, pageTimeZone) === rowDay(incoming, pageTimeZone);
  if (row.relativeTime || incoming.relativeTime) return withinCountDrift(a, b);
  return Math.abs(Date.parse(a) - Date.parse(b)) <= TWO_MINUTES_MS;
}

function rowDay(row: Activity, pageTimeZone: string): string {
  return rowPrintedDay({ ...row, timestamp: row.timestamp as string }, pageTimeZone);
}
