import {
  activityTypeSchema,
  channelSchema,
  directionSchema,
  isoTimestampSchema,
  originSchema,
  outcomeSchema,
  timePrecisionSchema,
} from '../schema/activity';
import type { PackEntry } from '../schema/activity-pack';

/** The pattern zod checks an ISO timestamp with, taken from the schema itself so the two never drift apart. */
const ISO_TIMESTAMP = isoTimestampSchema._zod.def.pattern as RegExp;

const oneOf = (options: readonly string[]) => {
  const allowed = new Set<unknown>(options);
  return (value: unknown) => allowed.has(value);
};
const isType = oneOf(activityTypeSchema.options);
const isChannel = oneOf(channelSchema.options);
const isDirection = oneOf(directionSchema.options);
const isPrecision = oneOf(timePrecisionSchema.options);
const isOutcome = oneOf(outcomeSchema.options);
const isOrigin = oneOf(originSchema.options);

const isString = (value: unknown): value is string => typeof value === 'string';
const isTimestamp = (value: unknown) => isString(value) && ISO_TIMESTAMP.test(value);
const isDay = (value: unknown) => isString(value) && /^\d{4}-\d{2}-\d{2}$/.test(value);
const orNull =
  (check: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    value === null || check(value);

function isStrings(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/** One check per slot of `packEntrySchema`, in its order, but for the optional last ones. */
const SLOTS: readonly ((value: unknown) => boolean)[] = [
  (value) => isString(value) && value.length > 0, // key
  isType,
  orNull(isChannel),
  isDirection,
  isTimestamp,
  orNull(isPrecision),
  orNull(isString), // dateText
  isString, // title
  (value) => typeof value === 'boolean', // automated
  orNull(isOutcome),
  orNull((value) => typeof value === 'boolean'), // planned
  orNull(isString), // sourceId
  orNull(isStrings), // contactIds
  isStrings, // contactKeys
  isStrings, // dealKeys
  isOrigin,
  orNull(isString), // note
  orNull(isString), // mergedInto
  orNull(isTimestamp), // updatedAt
];

/**
 * The optional last slots, written since database version 9 (directionPresumed since 0.7.33):
 * entries written before have none, or (date-only rows stored since 0.7.8) the first. Absent, `undefined` or null: the row has none.
 */
const OPTIONAL_SLOTS: readonly ((value: unknown) => boolean)[] = [
  orNull(isDay), // printedOn
  orNull((value) => value === true), // relativeTime
  orNull(isTimestamp), // firstSeenAt
  orNull((value) => value === true), // directionPresumed
];

/**
 * Whether a stored pack entry has `packEntrySchema`'s shape: the same accepts and rejects, without
 * building zod's copy of each of tens of thousands of entries (the team page's unpacking spent
 * most of its time there). Rows read from IndexedDB are a boundary, so each entry is still checked.
 */
export function isPackEntry(item: unknown): item is PackEntry {
  const most = SLOTS.length + OPTIONAL_SLOTS.length;
  if (!Array.isArray(item) || item.length < SLOTS.length || item.length > most) return false;
  for (let i = 0; i < SLOTS.length; i++) if (!(SLOTS[i] as (value: unknown) => boolean)(item[i])) return false;
  for (let i = SLOTS.length; i < item.length; i++) {
    const slot = OPTIONAL_SLOTS[i - SLOTS.length] as (value: unknown) => boolean;
    if (item[i] !== undefined && !slot(item[i])) return false;
  }
  return true;
}
