import type { Activity, Channel } from '../schema/activity';
import { ORIGIN } from './logged-touches';
import { type DealContacts, peopleOf } from './people-of';
import { sameTouch } from './same-touch';

/**
 * Channels whose touch is with one person. A meeting or an email may be with several of the
 * deal's contacts: one attendee's page listing it says nothing of another's (review regress53: a
 * meeting logged on Ana, then listed on Ben's page, is still hers too).
 */
const ONE_PERSON: ReadonlySet<Channel> = new Set(['call', 'sms', 'social']);

/**
 * Who a page touch was with, as all its stored copies tell it: a deal timeline's copy rarely names
 * the contact (contracts.md), but the same touch read on a contact's own page is that contact's.
 * A copy of a one-person touch naming nobody is with the contacts its other copies (`rows`:
 * sameTouch) name, where one names any (a touch logged in Touchline names the person the user
 * said, never the page's); else with its deal and all of the deal's contacts (peopleOf). A logged
 * touch merges only with a page touch of its own person (metrics.md "Logged in Touchline"), so a
 * deal-page call Ben's page shows as his is no copy of a call logged on Ana.
 */
export function peopleOfTouch(page: Activity, rows: readonly Activity[], dealContacts: DealContacts): string[] {
  if (page.contactKeys.length > 0) return page.contactKeys;
  if (!page.channel || !ONE_PERSON.has(page.channel)) return peopleOf(page, dealContacts);
  const named = rows.filter(
    (row) =>
      row.key !== page.key && row.origin !== ORIGIN && row.contactKeys.length > 0 && sameTouch(row, page, dealContacts),
  );
  if (named.length === 0) return peopleOf(page, dealContacts);
  return [...new Set(named.flatMap((row) => row.contactKeys))];
}
