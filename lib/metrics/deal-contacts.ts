import { recordKeyOf } from '../keys';
import type { Activity } from '../schema/activity';
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
 * (any time), both without the automated touches the setting leaves out, and how many of its
 * touches the page showed without a readable date (`undated`: in neither figure). The name is the
 * stored contact's when the deal page left it blank.
 */
export function dealContacts(input: {
  deal: Deal;
  contacts: readonly Contact[];
  touches: readonly Touch[];
  periodTouches: readonly Touch[];
  /** The deal's touches without a readable date (collectTouches' undatedTouches). */
  undated?: readonly Activity[];
  settings: Pick<Settings, 'countAutomated' | 'timeZone'>;
  now: Date;
}): DealContactSummary[] {
  const { deal, contacts, touches, periodTouches, settings, now } = input;
  const undated = countedUndated(input.undated ?? [], settings.countAutomated);
  return deal.contacts.map(({ id, name }) => {
    const key = recordKeyOf(deal.crm, deal.tenant, 'contact', id);
    const stored = contacts.find((c) => c.key === key);
    const counted = (list: readonly Touch[]) =>
      touchesWith(list, key).filter((t) => countsInHeadline(t, settings.countAutomated));
    const undatedTouches = undated.filter((a) => a.contactKeys.includes(key)).length;
    return {
      key,
      name: name || stored?.name || id,
      touches: counted(periodTouches).length,
      daysSinceLastTouch: daysSinceLastTouch(counted(touches), now, settings.timeZone),
      ...(undatedTouches > 0 ? { undatedTouches } : {}),
    };
  });
}

/** Undated touches as the headline counts them: automated ones only when the setting counts them. */
function countedUndated(undated: readonly Activity[], countAutomated: boolean): Activity[] {
  return undated.filter((a) => countAutomated || !a.automated);
}

/** Multi-threading: the deal's contacts with at least one touch in the period. */
export function contactsTouched(summaries: readonly DealContactSummary[]): number {
  return summaries.filter((c) => c.touches > 0).length;
}

/**
 * Multi-threading as the deal view shows it. Deal timelines rarely say which contact a touch was
 * with (contracts.md), and a touch that names nobody may have been with any contact the summaries
 * show untouched: while one is, the count is only a lower bound, and `touchesNamingNoContact`
 * (those touches in the period, counted as the headline counts them) says why. So is it while a
 * touch the page showed without a readable date (`undated`) names such a contact, or nobody: it
 * may be from the period (`undatedTouchesOfUntouched` says how many).
 */
export function contactsWorked(
  summaries: readonly DealContactSummary[],
  periodTouches: readonly Touch[],
  countAutomated: boolean,
  undated: readonly Activity[] = [],
): Pick<DealView, 'contactsTouched' | 'touchesNamingNoContact' | 'undatedTouchesOfUntouched'> {
  const touched = contactsTouched(summaries);
  if (touched === summaries.length) return { contactsTouched: touched };
  const unnamed = periodTouches.filter((t) => t.contactKeys.length === 0 && countsInHeadline(t, countAutomated));
  const untouched = new Set(summaries.filter((c) => c.touches === 0).map((c) => c.key));
  const mayBeWorked = countedUndated(undated, countAutomated).filter(
    (a) => a.contactKeys.length === 0 || a.contactKeys.some((key) => untouched.has(key)),
  );
  return {
    contactsTouched: touched,
    ...(unnamed.length > 0 ? { touchesNamingNoContact: unnamed.length } : {}),
    ...(mayBeWorked.length > 0 ? { undatedTouchesOfUntouched: mayBeWorked.length } : {}),
  };
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
