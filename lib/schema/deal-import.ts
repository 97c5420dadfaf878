import * as z from 'zod/mini';
import { calendarDaySchema, nonEmptyString } from './activity';
import { stageEntrySchema } from './record';

/** One row of a CRM's deal export as Touchline reads it, before it meets the cache. */
export const dealImportRowSchema = z.object({
  /** The CRM's deal id in the form keys use (Salesforce: 18 characters). */
  id: nonEmptyString,
  name: nonEmptyString,
  /** The stage the export says the deal is in; absent when only per-stage dates say it. */
  stage: z.optional(nonEmptyString),
  pipeline: z.optional(nonEmptyString),
  amount: z.optional(z.number()),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  owner: z.optional(nonEmptyString),
  /** `YYYY-MM-DD`, as page readings store it. */
  closeDate: z.optional(calendarDaySchema),
  closed: z.optional(z.enum(['won', 'lost'])),
  /** Fields whose cell held something that could not be read: what Touchline has stays. */
  unreadable: z.optional(z.array(z.enum(['amount', 'closeDate']))),
  /** Entries the export dates exactly (or to the day, `approximate`); never a guess. */
  entries: z.array(stageEntrySchema),
});
export type DealImportRow = z.infer<typeof dealImportRowSchema>;
