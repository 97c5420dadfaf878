import * as z from 'zod/mini';
import { toSalesforceId18 } from '../adapters/salesforce-id';
import {
  activityTypeSchema,
  type Crm,
  directionSchema,
  isoTimestampSchema,
  outcomeSchema,
  timePrecisionSchema,
} from '../schema/activity';

/** One export row as Touchline reads it, before it is linked to contacts and deals. */
export const importRowSchema = z.object({
  type: activityTypeSchema,
  direction: directionSchema,
  /** Neither a direction column nor the type's word said it: the page reader's presumption (exportDirection). */
  directionPresumed: z.optional(z.literal(true)),
  timestamp: isoTimestampSchema,
  timePrecision: timePrecisionSchema,
  title: z.string(),
  owner: z.optional(z.string().check(z.minLength(1))),
  outcome: z.optional(outcomeSchema),
  planned: z.optional(z.boolean()),
  automated: z.optional(z.boolean()),
  sourceId: z.optional(z.string().check(z.minLength(1))),
  contactIds: z.array(z.string()),
  /** The contacts' addresses, where the row names several ("riley@…; jordan@…"). */
  contactEmails: z.array(z.string().check(z.regex(/^[^\s@]+@[^\s@]+$/))),
  contactName: z.optional(z.string()),
  dealIds: z.array(z.string()),
  dealName: z.optional(z.string()),
});
export type ImportRow = z.infer<typeof importRowSchema>;

/** Record ids as each CRM prints them: HubSpot and Pipedrive number records, Salesforce has 15/18-character ids. */
const ID_SHAPES: Record<Crm, RegExp> = {
  hubspot: /^\d+$/,
  pipedrive: /^\d+$/,
  salesforce: /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/,
};

/** Salesforce key prefixes of the records an activity can be with (contacts, leads) or on (opportunities). */
const SALESFORCE_PREFIXES = { contact: ['003', '00Q'], deal: ['006'] } as const;

/**
 * The ids in a cell ("123;456" where an activity is with several records), in the form keys use.
 * A Salesforce "Related To" id of an account (001…) is no deal, so it is left out rather than misread.
 */
export function idsIn(cell: string | undefined, crm: Crm, kind: 'contact' | 'deal'): string[] | 'invalid' {
  const ids = (cell ?? '')
    .split(/[;,|]/)
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.some((id) => !ID_SHAPES[crm].test(id))) return 'invalid';
  if (crm !== 'salesforce') return ids;
  const prefixes: readonly string[] = SALESFORCE_PREFIXES[kind];
  return ids.filter((id) => prefixes.includes(id.slice(0, 3))).map(toSalesforceId18);
}

/**
 * The activity's own CRM id, in the form its page reader gives the same activity, so the two
 * copies share a key; 'invalid' for one of the wrong shape (a spreadsheet that turned 123456789012
 * into 1.23457E+11): rows merge on this id (duplicate rule 1), so a mangled one would make
 * different activities one. Pipedrive's reader prefixes the kind, its activities, notes and mail
 * having separate id spaces (lib/adapters/pipedrive/item-title.ts sourceIdOf): an activity export
 * holds activities only.
 */
export function sourceIdOf(cell: string | undefined, crm: Crm): string | undefined | 'invalid' {
  const id = cell?.trim();
  if (!id) return undefined;
  if (!ID_SHAPES[crm].test(id)) return 'invalid';
  if (crm === 'salesforce') return toSalesforceId18(id);
  return crm === 'pipedrive' ? `activity:${id}` : id;
}
