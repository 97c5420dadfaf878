// zod/mini: these schemas ship in the content script injected into every CRM page.
import * as z from 'zod/mini';

export const crmSchema = z.enum(['hubspot', 'salesforce', 'pipedrive']);
export type Crm = z.infer<typeof crmSchema>;

export const TOUCH_TYPES = ['call', 'email', 'meeting', 'social', 'sms'] as const;
export const activityTypeSchema = z.enum([...TOUCH_TYPES, 'note', 'task', 'system']);
export type ActivityType = z.infer<typeof activityTypeSchema>;

/** A channel is the type of a touch; notes, tasks and system events have none. */
export const channelSchema = z.enum(TOUCH_TYPES);
export type Channel = z.infer<typeof channelSchema>;

export const directionSchema = z.enum(['outbound', 'inbound', 'unknown']);
export type Direction = z.infer<typeof directionSchema>;

export const outcomeSchema = z.enum([
  'connected',
  'no-answer',
  'voicemail',
  'busy',
  'held',
  'no-show',
  'cancelled',
  'rescheduled',
  'unknown',
]);
export type Outcome = z.infer<typeof outcomeSchema>;

export const originSchema = z.enum(['page', 'import', 'logged-in-touchline']);
export type Origin = z.infer<typeof originSchema>;

export const timePrecisionSchema = z.enum(['minute', 'day']);
export type TimePrecision = z.infer<typeof timePrecisionSchema>;

export const isoTimestampSchema = z.iso.datetime({ offset: true });
export const calendarDaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const nonEmptyString = z.string().check(z.minLength(1));

/**
 * One activity as an adapter reads it from a page: no keys yet, no origin.
 * `timestamp` is absent (and `dateText` kept) when the page's date could not be parsed;
 * an adapter never invents a timestamp.
 */
export const activityReadingSchema = z.object({
  type: activityTypeSchema,
  channel: z.optional(channelSchema),
  direction: directionSchema,
  timestamp: z.optional(isoTimestampSchema),
  /** `minute` when the page showed a time of day, `day` for a date alone (stored at the day's start). */
  timePrecision: z.optional(timePrecisionSchema),
  /** The time of day was worked out from a count ("3 hours ago"): it orders items, and the key takes the day. */
  relativeTime: z.optional(z.literal(true)),
  dateText: z.optional(z.string()),
  title: z.string(),
  owner: z.optional(z.string()),
  /**
   * The page named the person viewing it ("You") as the one who acted, so it could not give an
   * owner; the background fills in the user's "your name in this CRM" setting where there is one.
   */
  byViewer: z.optional(z.literal(true)),
  /**
   * The direction was presumed (a touch the rep logged is outbound), not stated: a Salesforce
   * report has no direction column for emails and lists the contact's replies logged to the CRM as
   * it lists the rep's emails; a page's "Logged call" says who logged it, not who dialled. A copy
   * that states a direction is that touch, of that direction (lib/metrics/duplicate-rules.ts
   * sameDirection).
   */
  directionPresumed: z.optional(z.literal(true)),
  automated: z.boolean(),
  outcome: z.optional(outcomeSchema),
  planned: z.optional(z.boolean()),
  sourceId: z.optional(z.string()),
  /** CRM ids of the contacts the item names (deal timelines only sometimes do). */
  contactIds: z.optional(z.array(z.string())),
});
export type ActivityReading = z.infer<typeof activityReadingSchema>;

/** An activity as stored and as metrics see it. */
export const activitySchema = z.extend(activityReadingSchema, {
  key: nonEmptyString,
  crm: crmSchema,
  tenant: nonEmptyString,
  /** Record keys (`crm:tenant:contact:id`) of the contacts this activity was with. */
  contactKeys: z.array(z.string()),
  /** Record keys of the deals this activity was read on or logged against. */
  dealKeys: z.array(z.string()),
  origin: originSchema,
  /**
   * For a row dated without a time of day: the date as printed (`YYYY-MM-DD`). The stored instant
   * is that day's start in the zone the page was read in, which a browser that later moves to
   * another zone would put on another day (decisions.md: a date-only reading is its date as
   * printed). Rows stored before 0.7.8 have none: their day is read in the browser's zone.
   */
  printedOn: z.optional(calendarDaySchema),
  note: z.optional(z.string()),
  /** For a touch logged in Touchline: the key of the page activity it was merged into. */
  mergedInto: z.optional(z.string()),
  /** For a touch logged in Touchline: when the user last logged or edited it (a backup's newer copy wins). */
  updatedAt: z.optional(isoTimestampSchema),
  /** For a touch logged in Touchline: when the user logged it (rows logged before 0.7.5 have none). */
  loggedAt: z.optional(isoTimestampSchema),
  /**
   * For a page row: when Touchline first stored it, or for an item stored when it was no touch
   * (planned, cancelled) when it was first seen as one (rows stored before 0.7.5 have none). A
   * touch logged in Touchline merges only with a page touch first seen after it was logged.
   */
  firstSeenAt: z.optional(isoTimestampSchema),
  /**
   * For a page row: when a reading last changed what Touchline keeps of it (an outcome shown later,
   * a call done), absent until one does (and on rows changed before 0.7.35). A backup's copy changed
   * on the other browser after this one last read its record is the later sighting (later-sighting.ts).
   */
  changedAt: z.optional(isoTimestampSchema),
  /**
   * The owner is the user's "your name in this CRM" setting, not a name the page or a file gave:
   * it follows the setting when that changes (lib/db/your-touches.ts).
   */
  ownerBySetting: z.optional(z.literal(true)),
  /**
   * For a page row a touch logged in Touchline merged into: what the page itself showed where the
   * logged touch replaced it (lib/db/user-fields.ts withUserFields): `direction` when the page
   * showed none (`unknown`), the date-only `timestamp`, `timePrecision` and `printedOn` when the
   * page showed no time of day, `outcome` (the page's, `unknown` when it showed none) whenever the
   * logged touch had one. An undo or edit restores exactly these; a later sighting that shows a
   * direction or a time itself drops that part, and one that shows an outcome becomes `outcome`.
   * Rows merged before 0.7.9 have no `outcome` here: an outcome equal to the user's is theirs.
   */
  pageOwn: z.optional(
    z.object({
      direction: z.optional(directionSchema),
      outcome: z.optional(outcomeSchema),
      timestamp: z.optional(isoTimestampSchema),
      timePrecision: z.optional(timePrecisionSchema),
      printedOn: z.optional(calendarDaySchema),
    }),
  ),
});
export type Activity = z.infer<typeof activitySchema>;

export function channelOf(type: ActivityType): Channel | undefined {
  return (TOUCH_TYPES as readonly string[]).includes(type) ? (type as Channel) : undefined;
}
