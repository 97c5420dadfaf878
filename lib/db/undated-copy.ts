import { outcomeOf } from '../metrics/duplicate-rules';
import type { Activity } from '../schema/activity';
import { peopleOfCopies } from './converted-lead';
import { sortedUnion } from './objects';

/**
 * A dated row with what a stored undated copy of it adds (undatedSightings: a copy a reading stored
 * beside it, e.g. an older version's, before the page settled the date's order), the copy being
 * removed: the records both are with, an outcome or an owner only the copy shows, and the earlier
 * first sighting (the copy's, or none for a copy stored before Touchline kept it), which is when
 * Touchline first saw the touch. Not where a touch logged in Touchline was merged into the row
 * (`loggedInto`): it took the row as a page touch first seen after it was logged, which stays so.
 */
export function withUndatedCopy(row: Activity, copy: Activity, loggedInto: boolean): Activity {
  const merged: Activity = {
    ...row,
    contactKeys: peopleOfCopies(row.contactKeys, copy.contactKeys, row.sourceId ?? copy.sourceId),
    dealKeys: sortedUnion(row.dealKeys, copy.dealKeys),
  };
  if (outcomeOf(row) === 'unknown' && outcomeOf(copy) !== 'unknown') merged.outcome = copy.outcome;
  if (row.owner === undefined && copy.owner !== undefined) {
    merged.owner = copy.owner;
    if (copy.ownerBySetting) merged.ownerBySetting = true;
  }
  if (row.contactIds || copy.contactIds) merged.contactIds = sortedUnion(row.contactIds, copy.contactIds);
  if (loggedInto) return merged;
  if (row.firstSeenAt === undefined || copy.firstSeenAt === undefined) delete merged.firstSeenAt;
  else if (copy.firstSeenAt < row.firstSeenAt) merged.firstSeenAt = copy.firstSeenAt;
  return merged;
}
