import * as z from 'zod/mini';
import { activityReadingSchema, isoTimestampSchema } from './activity';
import { crmFiguresSchema } from './crm-figures';
import { contactFieldsSchema, dealFieldsSchema, recordRefSchema } from './record';

/**
 * `part: 'older'` on an `activities` entry: only items older than those shown were not loaded
 * (HubSpot's "Load more", Salesforce's "Load More Past Activities" under a newest-first timeline),
 * so no item not loaded is newer than the oldest item shown. Absent, which part is missing is not known.
 * `olderThan`, with `part: 'older'`: how far back the page's own feed was loaded, the instant by
 * which its oldest dated item had surely happened (lib/adapters/feed-loaded-back.ts feedLoadedBack):
 * every item not loaded is older. Absent when the feed showed no dated item.
 * `part: 'emails'`: only emails were not read (an email thread's folded messages), of any date.
 */
export const notReadSchema = z.object({
  field: z.string(),
  reason: z.string(),
  part: z.optional(z.union([z.literal('older'), z.literal('emails')])),
  olderThan: z.optional(isoTimestampSchema),
});
export type NotRead = z.infer<typeof notReadSchema>;

const readBase = z.extend(recordRefSchema, {
  status: z.literal('read'),
  activities: z.array(activityReadingSchema),
  crmFigures: crmFiguresSchema,
  notRead: z.array(notReadSchema),
});

export const contactReadSchema = z.extend(readBase, { kind: z.literal('contact'), record: contactFieldsSchema });
export const dealReadSchema = z.extend(readBase, { kind: z.literal('deal'), record: dealFieldsSchema });

/** The page is a record page but its content has not rendered yet (placeholders shown). */
export const loadingResultSchema = z.extend(recordRefSchema, { status: z.literal('loading'), reason: z.string() });

/** The page is a record page Touchline cannot read; `reason` and `notRead` say why. */
export const unreadableResultSchema = z.extend(recordRefSchema, {
  status: z.literal('unreadable'),
  reason: z.string(),
  notRead: z.array(notReadSchema),
});

export const readResultSchema = z.discriminatedUnion('status', [
  z.discriminatedUnion('kind', [contactReadSchema, dealReadSchema]),
  loadingResultSchema,
  unreadableResultSchema,
]);
export type ReadResult = z.infer<typeof readResultSchema>;
export type ReadOk = z.infer<typeof contactReadSchema> | z.infer<typeof dealReadSchema>;
