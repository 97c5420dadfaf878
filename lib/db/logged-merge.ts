import type { Activity, Channel } from '../schema/activity';
import { type DayZones, loggedMergeDay } from './logged-day';
import { type DealContacts, peopleOf } from './people-of';
import { sameTouch } from './same-touch';

type DatedTouch = Activity & { timestamp: string; channel: Channel };

export interface LoggedMergeInput extends DayZones {
  /** Every touch logged in Touchline (merged ones included: their page copies may show up again). */
  logged: readonly Activity[];
  /** Page rows new to the cache in this reading. */
  fresh: readonly Activity[];
  /** Stored page rows of the same people: earlier copies, on another record's page, of a fresh touch. */
  earlier: readonly Activity[];
  dealContacts: DealContacts;
}

export interface LoggedMerge {
  logged: Activity;
  /** The page copy that takes the user's outcome and note. */
  page: Activity;
  /** False when the logged touch was already merged and this is another page copy of its touch. */
  newMerge: boolean;
}

/**
 * Pairs touches logged in Touchline with page touches (metrics.md "Logged in Touchline"): same
 * channel, same day (loggedMergeDay), same person (see peopleOf and loggedPeople). Only a touch Touchline first
 * sees now is a candidate, wherever it first saw it: a fresh row that is a later copy of a stored
 * one (the same touch read on a deal page before, say) was shown before and is no new touch.
 * Each page touch absorbs at most one logged touch, the closest pairs first (same direction,
 * then nearest in time). A later copy of a touch a logged one already merged into takes the
 * user's fields too, so every view shows them.
 */
export function mergeLoggedTouches(input: LoggedMergeInput): LoggedMerge[] {
  const byPage = new Map(input.logged.filter((t) => t.mergedInto).map((t) => [t.mergedInto, t]));
  const results: LoggedMerge[] = [];
  const candidates: DatedTouch[] = [];
  for (const page of input.fresh.filter(isDatedTouch)) {
    const copyOf = input.earlier.find((row) => row.key !== page.key && sameTouch(row, page, input.dealContacts));
    const mergedTouch = copyOf && byPage.get(copyOf.key);
    if (mergedTouch) results.push({ logged: mergedTouch, page, newMerge: false });
    else if (!copyOf) candidates.push(page);
  }
  const open = input.logged.filter((t): t is DatedTouch => t.mergedInto === undefined && isDatedTouch(t));
  const pairs = open
    .flatMap((touch) =>
      candidates.filter((page) => samePersonAndDay(touch, page, input)).map((page) => ({ touch, page })),
    )
    .sort((a, b) => distance(a.touch, a.page) - distance(b.touch, b.page) || a.touch.key.localeCompare(b.touch.key));
  const used = new Set<string>();
  for (const { touch, page } of pairs) {
    if (used.has(touch.key) || used.has(page.key)) continue;
    used.add(touch.key).add(page.key);
    results.push({ logged: { ...touch, mergedInto: page.key }, page, newMerge: true });
  }
  return results;
}

function samePersonAndDay(
  touch: DatedTouch,
  page: DatedTouch,
  input: Pick<LoggedMergeInput, 'dealContacts' | 'timeZone' | 'pageTimeZone'>,
): boolean {
  if (page.channel !== touch.channel) return false;
  if (loggedMergeDay(page, input) !== loggedMergeDay(touch, input)) return false;
  const people = new Set(loggedPeople(touch, input.dealContacts));
  return peopleOf(page, input.dealContacts).some((key) => people.has(key));
}

/**
 * A touch logged on a deal may be with any of its contacts or the deal itself (metrics.md), even
 * with a contact named: the panel names the deal's first contact unless the user picks another.
 */
export function loggedPeople(touch: Activity, dealContacts: DealContacts): string[] {
  if (touch.dealKeys.length === 0) return touch.contactKeys;
  return [...touch.contactKeys, ...touch.dealKeys.flatMap((deal) => [deal, ...(dealContacts.get(deal) ?? [])])];
}

/** Direction mismatches rank after every same-direction candidate of the day. */
function distance(touch: DatedTouch, page: DatedTouch): number {
  const apart = Math.abs(Date.parse(page.timestamp) - Date.parse(touch.timestamp));
  return apart + (page.direction === touch.direction ? 0 : 2 * 86_400_000);
}

function isDatedTouch(activity: Activity): activity is DatedTouch {
  return activity.channel !== undefined && activity.timestamp !== undefined && !activity.planned;
}
