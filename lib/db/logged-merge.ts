import { listedApart, ownersAgree } from '../metrics/duplicate-rules';
import type { Activity, Channel } from '../schema/activity';
import { type DayZones, sameMergeDay } from './logged-day';
import { loggedGroups } from './logged-groups';
import { peopleOfTouch } from './named-copies';
import { isPageTouch, type MergeClock, shownAsTouch } from './page-touch';
import type { DealContacts } from './people-of';
import { sameTouch } from './same-touch';

type DatedTouch = Activity & { timestamp: string; channel: Channel };

export interface LoggedMergeInput extends MergeClock {
  /** Every touch logged in Touchline (merged ones included: their page copies may show up again). */
  logged: readonly Activity[];
  /** Page rows Touchline sees as touches for the first time in this reading (or edit). */
  fresh: readonly Activity[];
  /** Stored page rows of the same people: earlier copies, on another record's page, of a fresh touch. */
  earlier: readonly Activity[];
  dealContacts: DealContacts;
  /**
   * Other stored copies of the fresh rows' touches, where `earlier` may not hold them: a copy read
   * on a contact's page says whose a deal-page row naming nobody is (peopleOfTouch).
   */
  copies?: readonly Activity[];
  /** Whether a group of logged touches that are one touch may take a page touch, where more than the rule decides. */
  canPair?: (group: readonly Activity[], page: Activity) => boolean;
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
 * channel, same day (sameMergeDay), same person (see peopleOfTouch and loggedPeople), never an
 * inbound with an outbound (a page direction `unknown` takes the user's), and never a page touch
 * the page credits to another owner (ownersAgree). Only a page
 * *touch* (isPageTouch: not planned, cancelled or still ahead) Touchline first sees now is a
 * candidate, wherever it first saw it: a fresh row that is a later copy of a stored touch (the
 * same touch read on a deal page before, say) was shown before and is no new touch, unless that
 * copy was no touch yet as the metrics count (shownAsTouch: a meeting of today by date alone).
 * Logged touches that are one touch by duplicate rule 3 (loggedGroups) merge together, into the
 * same page touch. Each page touch absorbs at most one such group, the closest pairs first (same
 * direction, then nearest in time, from the group's first touch), and fresh copies of one touch
 * (sameTouch: rule 2's double capture, a copy without an id) are one page touch. A later copy of a
 * touch logged ones already merged into takes the user's fields too, so every view shows them.
 */
export function mergeLoggedTouches(input: LoggedMergeInput): LoggedMerge[] {
  const byPage = new Map<string, Activity[]>();
  for (const touch of input.logged) if (touch.mergedInto) addTo(byPage, touch.mergedInto, touch);
  const results: LoggedMerge[] = [];
  const candidates: DatedTouch[] = [];
  const shownBefore = input.earlier.filter((row) => shownAsTouch(row, input));
  for (const page of input.fresh.filter((row): row is DatedTouch => isDatedTouch(row) && isPageTouch(row, input))) {
    const copies = shownBefore.filter((row) => row.key !== page.key && sameTouch(row, page, input.dealContacts));
    const copyOf = copies[0];
    // A date-only copy of one of touches the CRM listed apart (two dials of a day in a report) may
    // be either's: a logged touch merged with one of them gives it none of the user's fields.
    const either = copies.some((a) => copies.some((b) => listedApart(a, b)));
    const holders = copyOf && !either && byPage.get(copyOf.key);
    if (holders) results.push(...holders.map((logged) => ({ logged, page, newMerge: false })));
    else if (!copyOf) candidates.push(page);
  }
  const open = input.logged.filter((t): t is DatedTouch => t.mergedInto === undefined && isDatedTouch(t));
  const groups = loggedGroups(open, input.dealContacts);
  const people = peopleOfPages(input);
  const pairs = groups
    .flatMap((group) => {
      const touch = group[0] as DatedTouch;
      return candidates
        .filter(
          (page) =>
            samePersonAndDay(touch, page, people, input) &&
            !oppositeDirections(touch, page) &&
            // A logged touch carries the user's name in its CRM (the settings'): a page touch the page
            // credits to someone else (a colleague's call on the same contact that day) is theirs.
            ownersAgree(touch, page) &&
            (input.canPair?.(group, page) ?? true),
        )
        .map((page) => ({ group, page }));
    })
    .sort(
      (a, b) =>
        distance(a.group[0] as DatedTouch, a.page) - distance(b.group[0] as DatedTouch, b.page) ||
        (a.group[0] as DatedTouch).key.localeCompare((b.group[0] as DatedTouch).key),
    );
  const used = new Set<Activity[] | string>();
  for (const { group, page } of pairs) {
    if (used.has(group) || used.has(page.key)) continue;
    used.add(group);
    const merged = group.map((touch) => ({ ...touch, mergedInto: page.key }));
    results.push(...merged.map((logged) => ({ logged, page, newMerge: true })));
    // The page's other fresh copies of its touch (a double capture, a copy without a CRM id) are
    // that one touch: they take no logged touch of their own, and they carry the user's fields
    // too, or the copies would differ in outcome and stop being one touch (rule 2).
    for (const copy of copiesOf(page, candidates, input.dealContacts)) {
      used.add(copy.key);
      if (copy !== page) results.push(...merged.map((logged) => ({ logged, page: copy, newMerge: false })));
    }
  }
  return results;
}

/**
 * Page touch `page` and the fresh copies of its touch among `candidates`: those it is one with
 * (sameTouch), and captures with a CRM id chained through captures with one, as the metrics merge
 * them (merge-duplicates.ts: each joins the group of the earliest touch it duplicates): an email
 * captured at 05:30, 05:31:30 and 05:33 is one touch, and its third capture must not take another
 * email logged that day, which the counts would then hide inside the first. A chained capture joins
 * as the metrics let it (samePeople, noOtherSource): naming a contact the copies found name, or
 * none, and an owner no copy with an id contradicts (Ben's email beside Ana's, Sam's call beside
 * Dana's, each linked to hers only through a capture naming nobody, are other touches).
 */
function copiesOf(page: DatedTouch, candidates: readonly DatedTouch[], dealContacts: DealContacts): DatedTouch[] {
  const found = [page];
  for (let i = 0; i < found.length; i++) {
    const from = found[i] as DatedTouch;
    if (i > 0 && !from.sourceId) continue;
    for (const other of candidates) {
      if (found.includes(other) || (i > 0 && !(other.sourceId && joinsChain(found, other)))) continue;
      if (sameTouch(from, other, dealContacts)) found.push(other);
    }
  }
  return found;
}

function joinsChain(found: readonly Activity[], other: Activity): boolean {
  const named = found.flatMap((copy) => copy.contactKeys);
  const samePeople =
    other.contactKeys.length === 0 || named.length === 0 || other.contactKeys.some((key) => named.includes(key));
  return samePeople && found.every((copy) => !copy.sourceId || ownersAgree(copy, other));
}

/**
 * Every duplicate rule needs the same direction: a reply the user logged is never the CRM's
 * outbound touch. A page's direction it only presumes ("Logged call": who logged it) is none: the
 * call the user logged inbound, then entered in the CRM, is that call.
 */
function oppositeDirections(touch: Activity, page: Activity): boolean {
  if (page.directionPresumed) return false;
  return touch.direction !== 'unknown' && page.direction !== 'unknown' && touch.direction !== page.direction;
}

function samePersonAndDay(
  touch: DatedTouch,
  page: DatedTouch,
  peopleOfPage: (page: Activity) => string[],
  input: Pick<LoggedMergeInput, 'dealContacts'> & DayZones,
): boolean {
  if (page.channel !== touch.channel) return false;
  if (!sameMergeDay(page, touch, input)) return false;
  const people = new Set(loggedPeople(touch, input.dealContacts));
  return peopleOfPage(page).some((key) => people.has(key));
}

/**
 * Who each candidate page touch was with, as its copies tell it (peopleOfTouch), worked out once
 * per page and only for a page naming nobody (most name their contact).
 */
function peopleOfPages(input: LoggedMergeInput): (page: Activity) => string[] {
  const known = new Map<string, string[]>();
  const rows = [...input.fresh, ...input.earlier, ...(input.copies ?? [])];
  return (page) => {
    if (page.contactKeys.length > 0) return page.contactKeys;
    let people = known.get(page.key);
    if (!people) {
      people = peopleOfTouch(page, rows, input.dealContacts);
      known.set(page.key, people);
    }
    return people;
  };
}

/**
 * A touch logged on a deal may be with any of its contacts or the deal itself (metrics.md), even
 * with a contact named: the panel names the deal's first contact unless the user picks another.
 */
export function loggedPeople(touch: Activity, dealContacts: DealContacts): string[] {
  if (touch.dealKeys.length === 0) return touch.contactKeys;
  return [...touch.contactKeys, ...touch.dealKeys.flatMap((deal) => [deal, ...(dealContacts.get(deal) ?? [])])];
}

/**
 * A page copy of unknown direction ranks after every same-direction candidate of the day, and one
 * whose outcome the page shows otherwise than the user (a dial "No Answer" beside the call logged
 * connected) after every copy that agrees or shows none.
 */
function distance(touch: DatedTouch, page: DatedTouch): number {
  const apart = Math.abs(Date.parse(page.timestamp) - Date.parse(touch.timestamp));
  const otherOutcome = known(touch.outcome) && known(page.outcome) && touch.outcome !== page.outcome;
  return apart + (page.direction === touch.direction ? 0 : 2 * DAY_MS) + (otherOutcome ? 4 * DAY_MS : 0);
}

const DAY_MS = 86_400_000;

function known(outcome: Activity['outcome']): boolean {
  return outcome !== undefined && outcome !== 'unknown';
}

function isDatedTouch(activity: Activity): activity is DatedTouch {
  return activity.channel !== undefined && activity.timestamp !== undefined && !activity.planned;
}

function addTo(map: Map<string, Activity[]>, key: string, touch: Activity): void {
  const list = map.get(key);
  if (list) list.push(touch);
  else map.set(key, [touch]);
}
