import { recordKeyOf } from '../keys';
import type { Contact, Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import type { DealView } from '../schema/view-model';
import { daysSinceLastTouch } from './days-since';
import { type Touch, touchesWith } from './touch';
import { countsInHeadline } from './touch-counts';
import { dayNumber } from './zoned-days';

export type DealContactSummary = DealView['contacts'][number];

/**
 * Each contact on the deal with its touches in the period and days since its last touch
 * (any time), both without the automated touches the setting leaves out. The name is the stored
 * contact's when the deal page left it blank.
 */
export function dealContacts(input: {
  deal: Deal;
  contacts: readonly Contact[];
  touches: readonly Touch[];
  periodTouches: readonly Touch[];
  settings: Pick<Settings, 'countAutomated' | 'timeZone'>;
  now: Date;
}): DealContactSummary[] {
  const { deal, contacts, touches, periodTouches, settings, now } = input;
  return deal.contacts.map(({ id, name }) => {
    const key = recordKeyOf(deal.crm, deal.tenant, 'contact', id);
    const stored = contacts.find((c) => c.key === key);
    const counted = (list: readonly Touch[]) =>
      touchesWith(list, key).filter((t) => countsInHeadline(t, settings.countAutomated));
    return {
      key,
      name: name || stored?.name || id,
      touches: counted(periodTouches).length,
      daysSinceLastTouch: daysSinceLastTouch(counted(touches), now, settings.timeZone),
    };
  });
}

/** Multi-threading: the deal's contacts with at least one touch in the period. */
export function contactsTouched(summaries: readonly DealContactSummary[]): number {
  return summaries.filter((c) => c.touches > 0).length;
}

/**
 * Multi-threading as the deal view shows it. Deal timelines rarely say which contact a touch was
 * with (contracts.md), and a touch that names nobody may have been with any contact the summaries
 * show untouched: while one is, the count is only a lower bound, and `touchesNamingNoContact`
 * (those touches in the period, counted as the headline counts them) says why.
 */
export function contactsWorked(
  summaries: readonly DealContactSummary[],
  periodTouches: readonly Touch[],
  countAutomated: boolean,
): Pick<DealView, 'contactsTouched' | 'touchesNamingNoContact'> {
  const touched = contactsTouched(summaries);
  const unnamed = periodTouches.filter((t) => t.contactKeys.length === 0 && countsInHeadline(t, countAutomated));
  return touched < summaries.length && unnamed.length > 0
    ? { contactsTouched: touched, touchesNamingNoContact: unnamed.length }
    : { contactsTouched: touched };
}

/**
 * No touch on the deal (its own timeline or any of its contacts) for longer than the follow-up
 * limit, in calendar days; a deal never touched qualifies, but not one whose only touches were
 * read without a readable date (`undated`): they are touches, of unknown age. A closed deal has
 * nothing to chase. The silence is counted from the deal's start when that is later than its
 * last touch and known (`began`, dealBegan): a deal that began yesterday has gone one day
 * without a touch, not "longer than the follow-up limit", whenever its contacts were last
 * touched. A deal whose start is not known keeps the flag: most deals a manager opens are older
 * than their history shows, and leaving every such untouched deal unflagged would hide neglect.
 */
export function noRecentActivity(
  touches: readonly Touch[],
  closed: Deal['closed'],
  settings: Pick<Settings, 'followUpDays' | 'timeZone'>,
  now: Date,
  undated = 0,
  began?: Date,
): boolean {
  if (closed) return false;
  const days = daysSinceLastTouch(touches, now, settings.timeZone);
  if (days === null && undated > 0) return false;
  if (began === undefined) return days === null || days > settings.followUpDays;
  const age = Math.max(0, dayNumber(now, settings.timeZone) - dayNumber(began, settings.timeZone));
  return Math.min(days ?? age, age) > settings.followUpDays;
}
