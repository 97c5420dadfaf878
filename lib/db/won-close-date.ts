import type { Deal, DealFields } from '../schema/record';
import { expectedCloseDay } from '../schema/won-close-date-reason';

/**
 * Whether the newest reading of a deal makes its stored close date wrong, though it has none to
 * put in its place. A close date a reading does not give (absent, or named in notRead: `unread`
 * holds the reasons) normally keeps the stored one, since another layout or a section not drawn
 * yet hides it. But a won deal's close date is the day it was won, where its time in stage stops
 * (metrics/closed-stage-time.ts), and a reading of it won rules out two stored days:
 * - one stored while the deal was not known won (open, lost, or its status not read): readers take
 *   an open deal's expected close date, Pipedrive's a lost deal's too where no closed-on day
 *   shows, so it is a plan or another close, never the win, whatever hides the close date now;
 * - the expected close date this page shows, where the reading says the page shows only that
 *   (expectedCloseDay): Touchline once read a won Pipedrive deal's expected close date as its
 *   close date. Any other stored day of the won deal (its won time read from a page or an export)
 *   stays, though this page no longer shows it.
 * A won deal's close date read from it won stays where a later page shows none.
 */
export function storedCloseDateWrong(read: DealFields, existing: Deal, unread: readonly string[] | undefined): boolean {
  if (read.closed !== 'won' || existing.closeDate === undefined) return false;
  if (read.closeDate !== undefined && unread === undefined) return false;
  if (existing.closed !== 'won') return true;
  return (unread ?? []).some((reason) => expectedCloseDay(reason) === existing.closeDate);
}
