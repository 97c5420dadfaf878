import { activityKey } from '../keys';
import { dayStart } from '../metrics/printed-day';
import type { Activity } from '../schema/activity';
import { zonedDay } from '../zoned-day';
import type { DayZones } from './logged-day';
import { ownerOf } from './same-day-row';

/**
 * Stored rows as their page showed them: without what a logged touch merged into them gave them
 * (withUserFields: a time of day over the page's date alone, a direction over `unknown`). A later
 * sighting of the same item is matched against what the page itself showed (sameDayRow), or a
 * date-only call that took the rep's 10:00 would no longer meet the page's own "13:00".
 */
export function rowsAsShown(rows: readonly Activity[], logged: Iterable<Activity>, zones: DayZones): Activity[] {
  const merged = new Set<string>();
  for (const touch of logged) if (touch.mergedInto) merged.add(touch.mergedInto);
  return rows.map((row) => (merged.has(row.key) ? (pageShowed(row, zones) ?? row) : row));
}

/**
 * The row's time and direction as its page showed them, told by its key: a row without a CRM id
 * has a key made of what the page showed (keys.ts activityKey). Undefined for a row with a CRM id
 * (its key says nothing of them) or one whose key none of the candidates gives.
 */
export function pageShowed(row: Activity, zones: DayZones): Activity | undefined {
  const page = ownerOf(row);
  if (row.sourceId || !page) return undefined;
  const dated = row.timestamp && row.timePrecision === 'minute' ? [row, dateOnly(row, row.timestamp, zones)] : [row];
  const variants = dated.flatMap((v) =>
    v.direction === 'unknown' ? [v] : [v, { ...v, direction: 'unknown' as const }],
  );
  return variants.find((v) => activityKey(v.crm, v.tenant, page, v, zones.pageTimeZone) === row.key);
}

/** The row dated as a date-only reading of its day (the user's day) stores it. */
function dateOnly(row: Activity, timestamp: string, zones: DayZones): Activity {
  const day = zonedDay(timestamp, zones.timeZone);
  return {
    ...row,
    timestamp: dayStart(day, zones.pageTimeZone).toISOString(),
    timePrecision: 'day',
    printedOn: day,
  };
}
