import * as z from 'zod/mini';
import { crmSchema, isoTimestampSchema, nonEmptyString } from './activity';
import { crmFiguresSchema } from './crm-figures';

export const recordKindSchema = z.enum(['contact', 'deal']);
export type RecordKind = z.infer<typeof recordKindSchema>;

/** What the URL alone says: which record of which tenant. */
export const recordRefSchema = z.object({
  crm: crmSchema,
  tenant: nonEmptyString,
  kind: recordKindSchema,
  recordId: nonEmptyString,
});
export type RecordRef = z.infer<typeof recordRefSchema>;

export const contactFieldsSchema = z.object({
  name: nonEmptyString,
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  company: z.optional(z.string()),
  owner: z.optional(z.string()),
  createdAt: z.optional(isoTimestampSchema),
});
export type ContactFields = z.infer<typeof contactFieldsSchema>;

export const stageEntrySchema = z.object({
  stage: nonEmptyString,
  enteredAt: isoTimestampSchema,
  /**
   * The latest the deal can have entered the stage, with nothing known before: recorded by
   * Touchline the first time it saw the deal on a page that shows no history, or the oldest stay a
   * history list shows when it shows its newest rows only ("(3+)"). The deal may have entered the
   * stage long before, so time in it is a lower bound.
   */
  firstSeen: z.optional(z.literal(true)),
  /** Derived from a duration the page shows ("12 days in stage"): exact to the day, not the minute. */
  approximate: z.optional(z.literal(true)),
  /**
   * With `approximate`: the instant of the reading the duration was counted back from. "3 days" is
   * three days before that moment in any zone, while `enteredAt` is the start of a day in the zone
   * the page was read in (metrics/printed-stage-days.ts). Optional: entries stored before it was
   * kept, and durations from an export (a file carries no time it was made), are days as printed.
   */
  countedFrom: z.optional(isoTimestampSchema),
  /**
   * Recorded by Touchline when it saw the stage change: the deal entered the stage after this
   * instant (the last time it was known in the stage before) and by `enteredAt`, so time in it is
   * a range.
   */
  after: z.optional(isoTimestampSchema),
  /**
   * On the current stage only: the last time Touchline read the deal in it, so that the next
   * stage, when it comes, is known to have been entered after this instant.
   */
  seenUntil: z.optional(isoTimestampSchema),
});
export type StageEntry = z.infer<typeof stageEntrySchema>;

export const dealContactSchema = z.object({ id: nonEmptyString, name: z.string() });
export type DealContact = z.infer<typeof dealContactSchema>;

export const dealFieldsSchema = z.object({
  name: nonEmptyString,
  amount: z.optional(z.number()),
  currency: z.optional(z.string()),
  /**
   * Set by a page reading only, never stored: the page shows the amount property empty (HubSpot's
   * "--"), so the amount known from earlier readings was cleared in the CRM (lib/db/page-records.ts).
   */
  amountShownEmpty: z.optional(z.literal(true)),
  pipeline: z.optional(z.string()),
  stage: z.optional(z.string()),
  /** The pipeline's stages in order, where the page shows its path. */
  stages: z.optional(z.array(z.string())),
  /** Set when the page says the deal is closed. */
  closed: z.optional(z.enum(['won', 'lost'])),
  stageHistory: z.array(stageEntrySchema),
  closeDate: z.optional(z.string()),
  owner: z.optional(z.string()),
  contacts: z.array(dealContactSchema),
});
export type DealFields = z.infer<typeof dealFieldsSchema>;

const storedRecordBase = z.extend(recordRefSchema, {
  key: nonEmptyString,
  /** When Touchline last read this record from a page (UTC). */
  lastReadAt: isoTimestampSchema,
  /** The CRM's own summary figures from the latest reading. */
  crmFigures: z.optional(crmFiguresSchema),
  /**
   * Set by Touchline (lib/db/newest-touches-mark.ts), never by a page: the newest reading of the
   * record's page showed its timeline filtered, folded or not at all (an `activities` notRead entry
   * not limited to older items), or left older items behind "Load more" without saying how far back
   * its feed was loaded (no NotRead.olderThan: no dated item shown), so a touch newer than every
   * stored one may not have been read. The
   * team page then gives the caveats the panel gives beside gone cold and the last touch. Optional,
   * so stored rows need no migration.
   */
  newestTouchesMayBeUnread: z.optional(z.literal(true)),
  /**
   * Set by Touchline (lib/db/newest-touches-mark.ts), never by a page: the newest reading of the
   * record's page left only older items behind "Load more", and its feed was loaded back to this
   * instant (the latest NotRead.olderThan). Every item not loaded is older, so a touch newer than the
   * last one known may be among them only when that last touch is older than this: the panel asks
   * so of the reading (newestTouchRead), the team page of the stored row, when the touch known may
   * be one read on another page or logged since. Optional, so stored rows and older backups need no
   * migration.
   */
  newestReadingLoadedBackTo: z.optional(isoTimestampSchema),
});

export const contactSchema = z.extend(
  z.extend(storedRecordBase, { kind: z.literal('contact') }),
  contactFieldsSchema.shape,
);
export type Contact = z.infer<typeof contactSchema>;

export const dealSchema = z.extend(z.extend(storedRecordBase, { kind: z.literal('deal') }), {
  ...dealFieldsSchema.shape,
  /**
   * Set by Touchline (lib/db/page-records.ts), never by a page: the newest reading could not say
   * whether the deal is won, lost or open (its page's language has no closed-stage words) and no
   * outcome was stored. It holds the stage the deal was in then, and stands only while the deal is
   * still in that stage: a later stage that another copy brings (a backup merged in, a deal export)
   * is not taken for one whose outcome went unread. Optional, so stored deals need no migration.
   */
  outcomeNotReadIn: z.optional(nonEmptyString),
});
export type Deal = z.infer<typeof dealSchema>;
