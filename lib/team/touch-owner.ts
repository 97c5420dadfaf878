import type { Touch } from '../metrics/touch';
import type { Activity } from '../schema/activity';
import type { Settings } from '../schema/settings';
import { yourNameIn } from '../settings/your-name';

/**
 * A linked group's merged touches (repTouches), each credited to one owner. Rule 3 never compares
 * owners (metrics.md "Duplicate"), so copies of one touch may name different ones: a Salesforce
 * report's row names "Dana Reyes", while the page that credited the item to "You" got the name
 * Dana typed in her settings, "Dana" (applyYourNames). The touch is counted once, on one rep's row:
 * the first copy, in the order the merge keeps them (the most precise time, then the earliest,
 * then by key), whose owner a page or a file printed, else the first copy naming any owner.
 * The team page reads activities from packs, which leave out `ownerBySetting`, so an owner equal to
 * the setting's name in the copy's CRM counts as the setting's too: where a page did print that
 * very name, another copy's printed name wins, and both are names the CRM gave the touch.
 */
export function creditedToOneOwner(
  touches: Touch[],
  group: readonly Activity[],
  yourNames: Settings['yourNames'],
): Touch[] {
  const owner = group[0]?.owner;
  // A group of one owner's copies (most of a rep's own contacts): nothing to choose.
  if (group.every((a) => a.owner === owner)) return touches;
  let byKey: Map<string, Activity> | undefined;
  return touches.map((touch) => {
    if (touch.copies.length === 1) return touch;
    // Built for the few groups with a touch read more than once.
    byKey ??= new Map(group.map((a) => [a.key, a]));
    const copies = touch.copies.flatMap((key) => byKey?.get(key) ?? []);
    const credited = creditedCopy(copies, yourNames);
    if (credited?.owner === undefined || credited.owner === touch.activity.owner) return touch;
    const { ownerBySetting: _, ...activity } = touch.activity;
    return {
      ...touch,
      activity: { ...activity, owner: credited.owner, ...(credited.ownerBySetting ? { ownerBySetting: true } : {}) },
    };
  });
}

function creditedCopy(copies: readonly Activity[], yourNames: Settings['yourNames']): Activity | undefined {
  const owned = copies.filter((copy) => copy.owner !== undefined);
  return owned.find((copy) => !ownerBySetting(copy, yourNames)) ?? owned[0];
}

function ownerBySetting(copy: Activity, yourNames: Settings['yourNames']): boolean {
  return copy.ownerBySetting === true || copy.owner === yourNameIn({ yourNames }, copy.crm);
}
