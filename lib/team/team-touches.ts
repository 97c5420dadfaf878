import { recordKeyOf } from '../keys';
import { collectTouches } from '../metrics/collect-touches';
import { withLoggedContacts } from '../metrics/logged-contacts';
import type { Touch } from '../metrics/touch';
import type { Activity } from '../schema/activity';
import type { Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import { yieldToPage } from '../yield-to-page';
import { append, inSlices, SLICE_ROWS } from './slices';
import { creditedToOneOwner } from './touch-owner';

/** The deals each contact is on, for linking a contact's copy of a touch to its deal-timeline copy. */
export function dealsByContact(deals: readonly Deal[]): Map<string, string[]> {
  const byContact = new Map<string, string[]>();
  for (const deal of deals) {
    for (const { id } of deal.contacts) {
      const key = recordKeyOf(deal.crm, deal.tenant, 'contact', id);
      const list = byContact.get(key);
      if (list) list.push(deal.key);
      else byContact.set(key, [deal.key]);
    }
  }
  return byContact;
}

export interface MergeRules {
  now: Date;
  timeZone: string;
  countCompletedTasks: boolean;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone: string;
  /** The user's name in each CRM (settings): an owner it gave loses to one printed for the same touch (creditedToOneOwner). */
  yourNames?: Settings['yourNames'];
}

/**
 * Touches, duplicates merged (metrics.md's rules), oldest first: the team page gives it every
 * owner's activities at once, since rule 3 never compares owners and copies of one touch may name
 * different ones (an import's "Dana Reyes", a page's "You" named by the setting "Dana"); each
 * merged touch is credited to one owner (creditedToOneOwner, with `rules.yourNames`). Across the
 * whole cache no record is "being viewed", so a deal-timeline copy that names nobody would meet
 * its contact's copy only through a shared record: each copy is given the deals its contacts are
 * on (rule 3: "the contact, or a contact of the same deal"), in the merge only, never stored. Two
 * copies can only merge when they share a record or a source id, so the activities are split into
 * groups linked that way and each group is merged on its own: the same result in small pieces,
 * with the main thread given back between them.
 * A page copy naming nobody that a touch logged in Touchline was merged into names the contact the
 * user picked (withLoggedContacts, as the panels give it), before the linking: a call logged on a
 * deal with its contact, shown by the deal's timeline, is that contact's touch. `logged` are the
 * touches logged in Touchline, every owner's and none (those among `activities` unless given).
 */
export async function repTouches(
  activities: readonly Activity[],
  links: ReadonlyMap<string, readonly string[]>,
  rules: MergeRules,
  logged: readonly Activity[] = activities,
): Promise<Touch[]> {
  const linked: Activity[] = [];
  await inSlices(withLoggedContacts(activities, logged), SLICE_ROWS, (slice) => {
    for (const activity of slice) linked.push(withContactsDeals(activity, links));
  });
  const touches: Touch[] = [];
  let done = 0;
  for (const group of await linkedGroups(linked)) {
    append(touches, creditedToOneOwner(collectTouches(group, rules).touches, group, rules.yourNames ?? {}));
    done += group.length;
    if (done >= SLICE_ROWS) {
      done = 0;
      await yieldToPage();
    }
  }
  return touches.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const NO_DEALS: readonly string[] = [];

/**
 * The activity with the deals its contacts are on among its deal keys: a copy only when that adds
 * one (most activities of a busy cache already name their deals, and copying every one of tens of
 * thousands is most of the linking's cost).
 */
function withContactsDeals(activity: Activity, links: ReadonlyMap<string, readonly string[]>): Activity {
  let keys: Set<string> | undefined;
  for (const contact of activity.contactKeys) {
    for (const deal of links.get(contact) ?? NO_DEALS) {
      if (keys ? keys.has(deal) : activity.dealKeys.includes(deal)) continue;
      keys ??= new Set(activity.dealKeys);
      keys.add(deal);
    }
  }
  return keys ? { ...activity, dealKeys: [...keys] } : activity;
}

/**
 * Activities (stored rows: one per key) in groups that share a contact, a deal or a source id,
 * directly or through others: union-find over the activities' positions, each record seen
 * pointing at the first activity that named it. Two copies naming contacts are on the same record
 * only through a shared contact (sameRecord): a deal links them only where a copy naming nobody (a
 * deal timeline's) is on it. Otherwise every owner's activities on a busy account would be one
 * group through the deals their contacts are on (in the bench's team world, 9,866 activities
 * merged in one task instead of 316). Over 100,000 activities the linking takes a few hundred
 * milliseconds: done in slices, giving the main thread back in between.
 */
export async function linkedGroups(activities: readonly Activity[]): Promise<Activity[][]> {
  const parent = new Int32Array(activities.length).map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    for (let node = i; node !== root; ) {
      const next = parent[node] as number;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  const firstWith = new Map<string, number>();
  const link = (tag: string, i: number) => {
    const seen = firstWith.get(tag);
    if (seen === undefined) firstWith.set(tag, i);
    else parent[find(seen)] = find(i);
  };
  const dealsOfUnnamed = new Set<string>();
  for (const a of activities) if (a.contactKeys.length === 0) for (const key of a.dealKeys) dealsOfUnnamed.add(key);
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as Activity;
    for (const key of a.contactKeys) link(key, i);
    for (const key of a.dealKeys) if (dealsOfUnnamed.has(key)) link(key, i);
    // Grouping more than needed never changes a merge, so a source id is its own tag, whatever its account.
    if (a.sourceId) link(a.sourceId, i);
    if ((i + 1) % SLICE_ROWS === 0) await yieldToPage();
  }
  const groups = new Map<number, Activity[]>();
  for (let i = 0; i < activities.length; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(activities[i] as Activity);
    else groups.set(root, [activities[i] as Activity]);
    if ((i + 1) % SLICE_ROWS === 0) await yieldToPage();
  }
  return [...groups.values()];
}
