import type { Touch } from '../metrics/touch';
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
  const tally = emptyTally();
  for (const activity of activities) addRow(tally, activity);
  return basisOfTally(tally);
}

/**
 * The basis of figures computed from merged touches (the reps' and the deals'): their touches as
 * the figures count them, copies merged (metrics.md "Duplicates are merged before any count": a
 * call imported and read on a page is one activity, as its contact's panel counts one call), each
 * imported when any of its copies was; and beside them the activities read that are no touch
 * (notes, planned items, meetings not held), each once, as basisOf counts them. `touches` are the
 * figures' merged touches, `merged` every touch whose copies are no activity of their own (a shown
 * rep's copy of another rep's touch is that touch), `rows` every activity read and `shownRows` the
 * figures'. Touches merged apart and listed twice (each deal's touches are merged within the deal,
 * and a contact on two deals is read with each) are one activity when they share a copy.
 * One pass over each, with sets and maps: no pair of rows compared.
 */
export function teamBasis(input: {
  touches: readonly Touch[];
  merged: readonly Touch[];
  rows: readonly Activity[];
  shownRows: readonly Activity[];
}): Basis {
  const imported = new Set<string>();
  for (const row of input.rows) if (row.origin === 'import') imported.add(row.key);
  const copies = new Set<string>();
  // Whether touches share a copy: only the deals' touches, merged deal by deal, may.
  let shared = false;
  for (const touch of input.merged)
    for (const key of touch.copies) {
      if (copies.has(key)) shared = true;
      else copies.add(key);
    }
  const tally = emptyTally();
  const groups = new Map<string, TouchGroup>();
  for (const touch of input.touches) {
    for (const contact of touch.contactKeys) tally.contacts.add(contact);
    const isImported = touch.copies.some((key) => imported.has(key));
    if (shared) joinCopies(groups, touch.copies, isImported);
    else {
      // Each touch its own activity: the reps' touches, merged once across every rep (100,000 on a big team).
      tally.activities++;
      if (isImported) tally.imported++;
    }
  }
  for (const group of new Set([...groups.values()].map(rootOf))) {
    tally.activities++;
    if (group.imported) tally.imported++;
  }
  for (const row of input.shownRows) if (!copies.has(row.key)) addRow(tally, row);
  return basisOfTally(tally);
}

/** Touches sharing a copy, as one activity: imported when any of them was. */
interface TouchGroup {
  imported: boolean;
  /** The group this one was joined into. */
  into?: TouchGroup;
}

/** One touch's copies into one group, with every group any of them was already in. */
function joinCopies(groups: Map<string, TouchGroup>, copies: readonly string[], imported: boolean): void {
  const group: TouchGroup = { imported };
  for (const key of copies) {
    const before = groups.get(key);
    if (before) {
      const root = rootOf(before);
      if (root !== group) {
        root.into = group;
        group.imported ||= root.imported;
      }
    }
    groups.set(key, group);
  }
}

function rootOf(group: TouchGroup): TouchGroup {
  let root = group;
  while (root.into) root = root.into;
  return root;
}

interface Tally {
  /** Rows counted, so a row listed twice counts once. */
  keys: Set<string>;
  contacts: Set<string>;
  activities: number;
  imported: number;
}

function emptyTally(): Tally {
  return { keys: new Set(), contacts: new Set(), activities: 0, imported: 0 };
}

function addRow(tally: Tally, activity: Activity): void {
  for (const contact of activity.contactKeys) tally.contacts.add(contact);
  if (activity.mergedInto || tally.keys.has(activity.key)) return;
  tally.keys.add(activity.key);
  tally.activities++;
  if (activity.origin === 'import') tally.imported++;
}

function basisOfTally(tally: Tally): Basis {
  return { activities: tally.activities, contacts: tally.contacts.size, imported: tally.imported };
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
