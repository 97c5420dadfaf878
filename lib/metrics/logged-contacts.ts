import type { Activity } from '../schema/activity';

/**
 * The activities with each page copy that names no contact (a deal timeline's copy of a call)
 * naming the contacts of the touches logged in Touchline that were merged into it (metrics.md
 * "Duplicate": the merged touch keeps the most informative fields; the rep said who the call was
 * with). A copy that names contacts keeps them: the CRM's word on who it was with wins.
 * The logged touches are looked for among `logged`, the activities themselves unless given (the
 * team page's lists are one owner's each: a touch logged before its logger set their name has no
 * owner, while the page copy it merged into may name one).
 */
export function withLoggedContacts(
  activities: readonly Activity[],
  logged: readonly Activity[] = activities,
): Activity[] {
  const said = new Map<string, Set<string>>();
  for (const activity of logged) {
    if (!activity.mergedInto || activity.contactKeys.length === 0) continue;
    const keys = said.get(activity.mergedInto) ?? new Set<string>();
    for (const key of activity.contactKeys) keys.add(key);
    said.set(activity.mergedInto, keys);
  }
  if (said.size === 0) return [...activities];
  return activities.map((activity) => {
    const keys = activity.contactKeys.length === 0 ? said.get(activity.key) : undefined;
    return keys ? { ...activity, contactKeys: [...keys] } : activity;
  });
}

/**
 * A contact's activities without page copies that name only other contacts: such a row is read
 * only as the copy a touch logged on a deal was merged into (its contact picked by default), and
 * the CRM says the touch was with someone else (metrics.md "Logged in Touchline").
 */
export function withThisContact(activities: readonly Activity[], contactKey: string): Activity[] {
  return activities.filter((a) => a.contactKeys.length === 0 || a.contactKeys.includes(contactKey));
}
