import * as z from 'zod/mini';
import {
  activityTypeSchema,
  calendarDaySchema,
  channelSchema,
  crmSchema,
  directionSchema,
  isoTimestampSchema,
  nonEmptyString,
  originSchema,
  outcomeSchema,
  timePrecisionSchema,
} from './activity';

/**
 * One activity inside a pack: the stored row's fields in a fixed order, null where the row has
 * none, without crm, tenant and owner (the pack's). Left out, since nothing that reads packs (the
 * team page and the metrics it runs) reads them, only writers that read the rows:
 * - `byViewer` and `ownerBySetting`: the job giving the user's touches their name (lib/db/your-touches.ts);
 * - `loggedAt` and `pageOwn`: merging, editing and undoing logged touches, and a backup's import;
 * - `changedAt`: a backup's import (backup/later-sighting.ts).
 * A tuple, because deserialising a row costs per property name: objects repeat every name in
 * every entry, tuples carry values only. Only dated activities are packed (a pack is a day of the
 * owner/time index, or of the time index's rows without an owner).
 */
export const packEntrySchema = z.tuple([
  nonEmptyString, // key
  activityTypeSchema,
  z.nullable(channelSchema),
  directionSchema,
  isoTimestampSchema, // timestamp
  z.nullable(timePrecisionSchema),
  z.nullable(z.string()), // dateText
  z.string(), // title
  z.boolean(), // automated
  z.nullable(outcomeSchema),
  z.nullable(z.boolean()), // planned
  z.nullable(z.string()), // sourceId
  z.nullable(z.array(z.string())), // contactIds
  z.array(z.string()), // contactKeys
  z.array(z.string()), // dealKeys
  originSchema,
  z.nullable(z.string()), // note
  z.nullable(z.string()), // mergedInto
  z.nullable(isoTimestampSchema), // updatedAt
  // The last three, written since database version 9 (whose upgrade rebuilt every pack), are
  // optional: entries written before have 19 slots, or 20 for a date-only row stored since 0.7.8.
  z.optional(z.nullable(calendarDaySchema)), // printedOn
  // relativeTime and firstSeenAt: duplicate rule 3 compares a counted time at its count's precision,
  // unless both copies were first seen by one reading (lib/metrics/duplicate-rules.ts comparedAtCount).
  z.optional(z.nullable(z.literal(true))), // relativeTime
  z.optional(z.nullable(isoTimestampSchema)), // firstSeenAt
  // Since 0.7.33 (packs written before lack it: no import had presumed a direction then): the
  // team page merges an export's presumed direction with a page copy stating the other.
  z.optional(z.nullable(z.literal(true))), // directionPresumed
]);
export type PackEntry = z.infer<typeof packEntrySchema>;

/**
 * The owner slot of the packs of activities whose page showed no owner (database version 6): a
 * number, because IndexedDB orders every number before every string, so no owner's name (any
 * string, the empty one included) is this key and no owner's key range reaches its packs.
 */
export const NO_OWNER = 0;

/**
 * Database version 5, store `activityPacks`: one owner's dated activities of one CRM account and
 * one UTC day, derived from the `activities` store and kept in the same transaction as every
 * activity write, so a manager view reads a few hundred small packs instead of tens of thousands
 * of rows. A day, not a week: a write rewrites each pack it touches, and a busy rep's week held
 * a thousand entries. Keyed by [owner, day, crm, tenant] so one key range covers an owner's days.
 * Version 6 adds the packs of activities without an owner, under NO_OWNER.
 */
export const packEnvelopeSchema = z.object({
  /** As the rows say it (an activity's owner may be any string, the empty one included); NO_OWNER for none. */
  owner: z.union([z.string(), z.literal(NO_OWNER)]),
  /** The UTC day, `YYYY-MM-DD`. */
  day: calendarDaySchema,
  crm: crmSchema,
  tenant: nonEmptyString,
  /** Ordered by timestamp, then key: the order the owner/time index gives. Each checked on its own. */
  entries: z.array(z.unknown()),
  /**
   * Set (with no entries) by a bulk import, which marks the packs it touches instead of
   * rewriting them: the rows are the truth until the pack is rebuilt. A number, not `true`,
   * because the `byStale` index only holds valid keys and a boolean is none.
   */
  stale: z.optional(z.literal(1)),
  /**
   * A running import's hold on its stale mark (lib/db/activity-pack-marks.ts): until this
   * instant (ms since the epoch) other writers add their rows and leave the pack stale.
   */
  importId: z.optional(z.string()),
  leaseUntil: z.optional(z.number()),
});

export const activityPackSchema = z.extend(packEnvelopeSchema, { entries: z.array(packEntrySchema) });
export type ActivityPack = z.infer<typeof activityPackSchema>;
export type PackKey = [owner: string | typeof NO_OWNER, day: string, crm: ActivityPack['crm'], tenant: string];
