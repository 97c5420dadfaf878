import * as z from 'zod/mini';
import { isoTimestampSchema } from './activity';

const count = z.int().check(z.nonnegative());

/** The CRM's own summary figures, where the page shows them. */
export const crmFiguresSchema = z.object({
  /** HubSpot "Last contacted". */
  lastContacted: z.optional(isoTimestampSchema),
  /** HubSpot "Number of times contacted". */
  timesContacted: z.optional(count),
  /** HubSpot "Number of sales activities". */
  salesActivities: z.optional(count),
  /** Salesforce "Last Activity"; Pipedrive's last activity date. */
  lastActivity: z.optional(isoTimestampSchema),
  /** Pipedrive's next activity date. */
  nextActivity: z.optional(isoTimestampSchema),
  /** Pipedrive's rotting marker on a deal. */
  rotting: z.optional(z.boolean()),
});
export type CrmFigures = z.infer<typeof crmFiguresSchema>;
