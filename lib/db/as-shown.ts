import type { Activity } from '../schema/activity';

/**
 * Stored rows as their page showed them: with the direction and the date alone a logged touch
 * merged into them replaced put back (withUserFields records them in `pageOwn`). A later sighting
 * of the same item is matched against what the page itself showed (sameDayRow), or a date-only
 * call that took the rep's 10:00 would no longer meet the page's own "13:00".
 */
export function rowsAsShown(rows: readonly Activity[]): Activity[] {
  return rows.map(rowAsShown);
}

/**
 * Whether any of one touch's page copies showed a time of day itself (or a count that gives one),
 * not only a date: then the touch's time is the page's, and no copy dated by its day alone takes
 * the time of a touch logged in Touchline (withUserFields).
 */
export function pageShowsTime(copies: readonly Activity[]): boolean {
  return copies.some((copy) => {
    const shown = rowAsShown(copy);
    return shown.timestamp !== undefined && shown.timePrecision !== 'day';
  });
}

export function rowAsShown(row: Activity): Activity {
  if (!row.pageOwn) return row;
  const { pageOwn, ...shown } = row;
  return { ...shown, ...pageOwn };
}
