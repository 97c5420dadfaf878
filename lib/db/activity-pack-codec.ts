import type { Activity } from '../schema/activity';
import { type ActivityPack, NO_OWNER, type PackEntry, type PackKey } from '../schema/activity-pack';

const DAY_MS = 86_400_000;

/** The UTC day (`YYYY-MM-DD`) a timestamp falls in. */
export function dayOf(timestamp: string): string {
  return new Date(Math.floor(Date.parse(timestamp) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The pack an activity belongs in: its owner's, or NO_OWNER's when the page showed none (since
 * database version 6); none for an undated activity.
 */
export function packKeyOf(activity: Activity): PackKey | undefined {
  const { owner, timestamp } = activity;
  if (timestamp === undefined || Number.isNaN(Date.parse(timestamp))) return undefined;
  return [owner ?? NO_OWNER, dayOf(timestamp), activity.crm, activity.tenant];
}

/** One string per pack, for maps. */
export function packId(key: PackKey): string {
  return JSON.stringify(key);
}

export function packKeyOfPack(pack: Pick<ActivityPack, 'owner' | 'day' | 'crm' | 'tenant'>): PackKey {
  return [pack.owner, pack.day, pack.crm, pack.tenant];
}

/** A dated activity as a pack entry (packKeyOf says it has a timestamp). */
export function encodeEntry(a: Activity): PackEntry {
  return [
    a.key,
    a.type,
    a.channel ?? null,
    a.direction,
    a.timestamp as string,
    a.timePrecision ?? null,
    a.dateText ?? null,
    a.title,
    a.automated,
    a.outcome ?? null,
    a.planned ?? null,
    a.sourceId ?? null,
    a.contactIds ?? null,
    a.contactKeys,
    a.dealKeys,
    a.origin,
    a.note ?? null,
    a.mergedInto ?? null,
    a.updatedAt ?? null,
    a.printedOn ?? null,
    a.relativeTime ?? null,
    a.firstSeenAt ?? null,
    a.directionPresumed ?? null,
  ];
}

/**
 * The stored row a pack entry stands for, with the pack's crm, tenant and owner. An entry written
 * before database version 9 lacks the last slots (printedOn, relativeTime, firstSeenAt; and before
 * 0.7.33 directionPresumed): absent reads as null, the row having none.
 */
export function decodeEntry(pack: Pick<ActivityPack, 'owner' | 'crm' | 'tenant'>, entry: PackEntry): Activity {
  const [
    key,
    type,
    channel,
    direction,
    timestamp,
    timePrecision,
    dateText,
    title,
    automated,
    outcome,
    planned,
    sourceId,
    contactIds,
    contactKeys,
    dealKeys,
    origin,
    note,
    mergedInto,
    updatedAt,
    printedOn = null,
    relativeTime = null,
    firstSeenAt = null,
    directionPresumed = null,
  ] = entry;
  const activity: Activity = {
    key,
    crm: pack.crm,
    tenant: pack.tenant,
    ...(pack.owner === NO_OWNER ? {} : { owner: pack.owner }),
    type,
    direction,
    timestamp,
    title,
    automated,
    contactKeys,
    dealKeys,
    origin,
  };
  if (channel !== null) activity.channel = channel;
  if (timePrecision !== null) activity.timePrecision = timePrecision;
  if (dateText !== null) activity.dateText = dateText;
  if (outcome !== null) activity.outcome = outcome;
  if (planned !== null) activity.planned = planned;
  if (sourceId !== null) activity.sourceId = sourceId;
  if (contactIds !== null) activity.contactIds = contactIds;
  if (note !== null) activity.note = note;
  if (mergedInto !== null) activity.mergedInto = mergedInto;
  if (updatedAt !== null) activity.updatedAt = updatedAt;
  if (printedOn !== null) activity.printedOn = printedOn;
  if (relativeTime !== null) activity.relativeTime = relativeTime;
  if (firstSeenAt !== null) activity.firstSeenAt = firstSeenAt;
  if (directionPresumed !== null) activity.directionPresumed = directionPresumed;
  return activity;
}

/** The owner/time index's order: timestamp, then key. */
export function byTimeThenKey(a: PackEntry, b: PackEntry): number {
  if (a[4] !== b[4]) return a[4] < b[4] ? -1 : 1;
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
