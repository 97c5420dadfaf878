import { activityKey, recordKeyOf } from '../keys';
import { type Activity, type ActivityReading, channelOf } from '../schema/activity';
import type { ReadOk } from '../schema/read-result';
import { ownedBySetting } from '../settings/your-name';
import { peopleOfCopies } from './converted-lead';
import { withoutNobodyOwner } from './nobody-owner';
import { definedOnly, sortedUnion, toUtcIso } from './objects';
import { datedAsPage } from './page-own';
import { countWithinDay, precisionOf, printedOnOf, withinCountDrift, withinDay } from './time-precision';

/**
 * One page item as a stored activity. A contact page's items are with that contact; a deal
 * page's items belong to the deal and are with a contact only where the item names one.
 * `pageTimeZone` is the zone the page was read in; the row records its time precision, so later
 * sightings can be compared without it. An item the page credits to "You" is owned by `yourName`,
 * the user's name in that CRM, where the settings have one.
 */
export function activityFromReading(
  result: ReadOk,
  pageKey: string,
  reading: ActivityReading,
  pageTimeZone: string,
  yourName?: string,
  key = activityKey(result.crm, result.tenant, pageKey, reading, pageTimeZone),
): Activity {
  const { crm, tenant } = result;
  const named = (reading.contactIds ?? []).map((id) => recordKeyOf(crm, tenant, 'contact', id));
  const timestamp = reading.timestamp ? toUtcIso(reading.timestamp) : undefined;
  const timePrecision = timestamp ? precisionOf({ ...reading, timestamp }, pageTimeZone) : undefined;
  const activity: Activity = {
    ...reading,
    key,
    crm,
    tenant,
    channel: reading.channel ?? channelOf(reading.type),
    timestamp,
    timePrecision,
    ...printedOnOf({ timestamp, timePrecision }, pageTimeZone),
    contactKeys: result.kind === 'contact' ? [pageKey] : sortedUnion(named),
    dealKeys: result.kind === 'deal' ? [pageKey] : [],
    origin: 'page',
  };
  if (reading.byViewer && reading.owner === undefined) Object.assign(activity, ownedBySetting(yourName));
  return definedOnly(activity) as Activity;
}

/**
 * The stored activity updated by a new sighting of it. Keys are unioned (a touch seen on a
 * contact page and on a deal page belongs to both); what the new sighting leaves blank or
 * unknown keeps its stored value (and a stated direction one it only presumes: directionAfter),
 * except `planned`, which only the latest sighting can say, and the outcome of the same item
 * `seenAgain` on the page it was read on (see outcomeSeenAgain).
 * A re-read never lowers precision: a date-only sighting on the day of a stored time (that day
 * in `pageTimeZone`, the zone pages are read in: keepsTime) keeps the time. An owner that names
 * nobody ("No owner", a Salesforce tool: nobody-owner.ts), stored by an older version or in a
 * sighting, is no owner. A touch logged in Touchline is never overwritten.
 */
export function mergeActivity(
  existing: Activity | undefined,
  incoming: Activity,
  pageTimeZone?: string,
  seenAgain = false,
): Activity {
  if (!existing) return withoutNobodyOwner(incoming);
  if (existing.origin === 'logged-in-touchline') return existing;
  return mergeSightings(withoutNobodyOwner(existing), withoutNobodyOwner(incoming), pageTimeZone, seenAgain);
}

/** mergeActivity of two page or file sightings, neither owned by a name for nobody. */
function mergeSightings(
  existing: Activity,
  incoming: Activity,
  pageTimeZone: string | undefined,
  seenAgain: boolean,
): Activity {
  const merged: Activity = {
    ...existing,
    ...definedOnly(incoming),
    origin: existing.origin,
    contactKeys: peopleOfCopies(existing.contactKeys, incoming.contactKeys, existing.sourceId ?? incoming.sourceId),
    dealKeys: sortedUnion(existing.dealKeys, incoming.dealKeys),
  };
  // First seen when the stored row was (unknown for rows stored before Touchline kept it).
  if (existing.firstSeenAt) merged.firstSeenAt = existing.firstSeenAt;
  else delete merged.firstSeenAt;
  keepNamedOwner(merged, existing, incoming);
  // The newest sighting owns `planned`: a call scheduled last week and done today is a touch now,
  // and one shown done (`false`) keeps saying so, as its date may still be ahead (shownDone).
  if (incoming.planned !== undefined) merged.planned = incoming.planned;
  else delete merged.planned;
  directionAfter(merged, existing, incoming);
  if (seenAgain) outcomeSeenAgain(merged, existing, incoming);
  else if (incoming.outcome === 'unknown' && existing.outcome) merged.outcome = existing.outcome;
  if (keepsTime(existing, incoming, pageTimeZone)) {
    merged.timestamp = existing.timestamp;
    merged.timePrecision = 'minute';
    if (existing.relativeTime) merged.relativeTime = true;
    else delete merged.relativeTime;
  } else if (incoming.timestamp !== undefined && !incoming.relativeTime) delete merged.relativeTime;
  if (merged.timePrecision !== 'day') delete merged.printedOn;
  const own = pageOwnAfter(existing, incoming, pageTimeZone, seenAgain);
  if (own) merged.pageOwn = own;
  else delete merged.pageOwn;
  if (existing.contactIds || incoming.contactIds)
    merged.contactIds = sortedUnion(existing.contactIds, incoming.contactIds);
  return merged;
}

/**
 * The outcome of an item its own page shows again: what that page shows now, as for `planned`. A
 * meeting read "No show" on Thursday and set back to "Scheduled" (read as `unknown`) is held on
 * Friday; a call whose outcome the rep cleared is of unknown result. A known outcome survives an
 * unknown one only between copies of one touch from different pages or sources (metrics.md
 * "Duplicate": the merged touch keeps the most informative fields), and between sightings a save
 * pairs by inference (undated, or at another precision: save-batch.ts otherSighting), which may
 * be drawn otherwise. Where a logged touch's outcome stands in for the page's (`pageOwn`, see
 * withUserFields), it stays: only the page's own changes.
 */
function outcomeSeenAgain(merged: Activity, existing: Activity, incoming: Activity): void {
  const shownNow = incoming.outcome !== undefined && incoming.outcome !== 'unknown';
  if (!shownNow && existing.pageOwn?.outcome !== undefined && existing.outcome !== undefined)
    merged.outcome = existing.outcome;
  else if (incoming.outcome === undefined) delete merged.outcome;
}

/**
 * The direction after a sighting: the new one's unless it shows none (`unknown`), or only presumes
 * one ("Logged call": who logged it, not who reached whom) where the stored row's is stated (a
 * page's From row, an export's direction column): metrics.md Duplicate, the merged touch keeps
 * the most informative fields. A presumed direction stays marked so (`directionPresumed`).
 */
function directionAfter(merged: Activity, existing: Activity, incoming: Activity): void {
  const stated = existing.direction !== 'unknown' && !existing.directionPresumed;
  const kept = incoming.direction === 'unknown' || (incoming.directionPresumed && stated);
  const from = kept ? existing : incoming;
  merged.direction = from.direction;
  if (from.directionPresumed) merged.directionPresumed = true;
  else delete merged.directionPresumed;
}

/**
 * An owner the page or a file named is not replaced by the user's name from the settings (it may
 * be spelt differently); an owner a page names replaces one the settings gave.
 */
function keepNamedOwner(merged: Activity, existing: Activity, incoming: Activity): void {
  if (incoming.ownerBySetting && existing.owner !== undefined && !existing.ownerBySetting) {
    merged.owner = existing.owner;
    delete merged.ownerBySetting;
  } else if (incoming.owner !== undefined && !incoming.ownerBySetting) delete merged.ownerBySetting;
}

/**
 * What the page itself showed where a logged touch replaced it (`pageOwn`, see withUserFields),
 * after this sighting: a direction (not one it only presumes) or a time of day the page shows now
 * is its own, so nothing of it is the user's any more; a date-only sighting of the same day is
 * what the page shows now.
 */
function pageOwnAfter(
  existing: Activity,
  incoming: Activity,
  pageTimeZone: string | undefined,
  seenAgain: boolean,
): Activity['pageOwn'] {
  const own = { ...existing.pageOwn };
  if (incoming.direction !== 'unknown' && !incoming.directionPresumed) delete own.direction;
  if (own.outcome !== undefined && incoming.outcome !== undefined && incoming.outcome !== 'unknown')
    own.outcome = incoming.outcome;
  else if (own.outcome !== undefined && seenAgain) own.outcome = 'unknown';
  if (incoming.timestamp !== undefined) {
    const dated = own.timestamp !== undefined && keepsTime(existing, incoming, pageTimeZone);
    delete own.timestamp;
    delete own.timePrecision;
    delete own.printedOn;
    if (dated) Object.assign(own, datedAsPage(incoming.timestamp, incoming.printedOn));
  }
  return Object.keys(own).length > 0 ? own : undefined;
}

/**
 * A less precise sighting of a touch the page showed to the minute: a date alone on that same day
 * as printed (a moved item takes the new day; a time worked out from a count is on the days its
 * drift reaches, countWithinDay), or a time worked out from a count ("3 hours ago") near it.
 * `pageTimeZone`, the zone pages are read in, is the browser's unless given.
 */
export function keepsTime(existing: Activity, incoming: Activity, pageTimeZone?: string): boolean {
  if (existing.timePrecision !== 'minute') return false;
  if (existing.timestamp === undefined || incoming.timestamp === undefined) return false;
  if (incoming.timePrecision === 'day') {
    const dateOnly = { ...incoming, timestamp: incoming.timestamp };
    return (existing.relativeTime ? countWithinDay : withinDay)(existing.timestamp, dateOnly, pageTimeZone);
  }
  if (existing.relativeTime || !incoming.relativeTime) return false;
  return withinCountDrift(existing.timestamp, incoming.timestamp);
}
