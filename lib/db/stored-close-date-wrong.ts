import { expectedCloseDays } from '../schema/expected-close-reason';
import type { Deal, DealFields } from '../schema/record';

/**
 * Whether the newest reading of a deal makes its stored close date wrong, though it has none to
 * put in its place. A close date a reading does not give (absent, or named in notRead: `unread`
 * holds the reasons) normally keeps the stored one, since another layout or a section not drawn
 * yet hides it. But a closed deal's close date is the day it was won or lost, where its time in
 * stage stops (metrics/closed-stage-time.ts), and a reading of it won or lost rules out two stored
 * days:
 * - one stored while the deal was not known closed so (open, closed the other way, or its status
 *   not read): readers take an open deal's expected close date, so it is a plan or another close,
 *   never this one, whatever hides the close date now;
 * - the expected close date this page shows, where the reading says the page shows only that
 *   (expectedCloseDays, with the year before for a year-less date): Touchline once read a won Pipedrive deal's expected close date as its
 *   close date, and a lost one's where no day it was lost showed. Any other stored day of the
 *   closed deal (its won or lost time read from a page or an export) stays, though this page no
 *   longer shows it.
 * A closed deal's close date read from it so closed stays where a later page shows none.
 */
export function storedCloseDateWrong(read: DealFields, existing: Deal, unread: readonly string[] | undefined): boolean {
  const { closed } = read;
  if (!closed || existing.closeDate === undefined) return false;
  if (read.closeDate !== undefined && unread === undefined) return false;
  if (existing.closed !== closed) return true;
  return (unread ?? []).some((reason) => expectedCloseDays(reason, closed).includes(existing.closeDate as string));
}
