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

function rowAsShown(row: Activity): Activity {
  if (!row.pageOwn) return row;
  const { pageOwn, ...shown } = row;
  return { ...shown, ...pageOwn };
}
