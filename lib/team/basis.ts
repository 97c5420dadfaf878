import type { Activity } from '../schema/activity';
import { countOf } from './counts';

export interface Basis {
  activities: number;
  contacts: number;
  imported: number;
}

/**
 * What the figures are computed from: activities read, the contacts they name, how many came from
 * an import. A touch logged in Touchline and merged into a page activity is that activity, counted
 * once as the panel's "activities read" counts it (countActivitiesRead); the contacts it names count.
 */
export function basisOf(activities: Iterable<Activity>): Basis {
  const keys = new Set<string>();
  const contacts = new Set<string>();
  let imported = 0;
  for (const activity of activities) {
    for (const contact of activity.contactKeys) contacts.add(contact);
    if (activity.mergedInto || keys.has(activity.key)) continue;
    keys.add(activity.key);
    if (activity.origin === 'import') imported++;
  }
  return { activities: keys.size, contacts: contacts.size, imported };
}

/** The whole percent of the activities that came from an import; null without activities to take a share of. */
export function importedShare(basis: Basis): number | null {
  return basis.activities === 0 ? null : Math.round((basis.imported / basis.activities) * 100);
}

/**
 * "from 3,412 activities on 611 contacts; 38 % of them imported"; with no activity the share is
 * "—" with its reason, never 0 % (metrics.md "When a number cannot be computed").
 */
export function basisText(basis: Basis): string {
  const share = importedShare(basis);
  const activities = countOf(basis.activities, 'activity', 'activities');
  const contacts = countOf(basis.contacts, 'contact', 'contacts');
  const imported =
    share === null ? 'share imported: — (no activities)' : `${shareWords(basis, share)} of them imported`;
  return `from ${activities} on ${contacts}; ${imported}`;
}

/** A share never rounds to a bound its counts contradict: 1 of 401 imported is "under 1 %", not "0 %". */
function shareWords(basis: Basis, share: number): string {
  if (share === 0 && basis.imported > 0) return 'under 1 %';
  if (share === 100 && basis.imported < basis.activities) return 'over 99 %';
  return `${share} %`;
}
