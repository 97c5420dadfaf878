import type { Deal, DealFields } from '../schema/record';
import { SHOWS_ONLY_EXPECTED } from '../schema/won-close-date-reason';

/**
 * Whether the newest reading of a deal makes its stored close date wrong, though it has none to
 * put in its place. A close date a reading does not give (absent, or named in notRead: `unread`
 * holds the reasons) normally keeps the stored one, since another layout or a section not drawn
 * yet hides it. But a won deal's close date is the day it was won, where its time in stage stops
 * (metrics/closed-stage-time.ts), and a reading of it won rules out two stored days:
 * - one stored while the deal was not known won (open, lost, or its status not read): readers take
 *   an open deal's expected close date, Pipedrive's a lost deal's too, so it is a plan or another
 *   close, never the win, whatever hides the close date now;
 * - any, where the reading says the page shows only the expected close date: the stored day then
 *   came from that field (Touchline once read a won Pipedrive deal's expected close date
 *   as its close date) or from a won time the page no longer shows, which cannot be told apart,
 *   and 'not known' is shown rather than a plan.
 * A won deal's close date read from it won stays where a later page shows none.
 */
export function storedCloseDateWrong(read: DealFields, existing: Deal, unread: readonly string[] | undefined): boolean {
  if (read.closed !== 'won' || existing.closeDate === undefined) return false;
  if (read.closeDate !== undefined && unread === undefined) return false;
  if (existing.closed !== 'won') return true;
  return (unread ?? []).some((reason) => reason.includes(SHOWS_ONLY_EXPECTED));
}
