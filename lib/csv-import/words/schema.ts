import type { ActivityType, Outcome } from '../../schema/activity';
import type { ImportField } from '../fields';

/**
 * One CRM's export wording in one language: the column headers its activity export prints for
 * each field, and the values its cells hold. Written from the CRMs' documented field labels.
 */
export interface ExportWords {
  headers: Partial<Record<ImportField, string[]>>;
  /** Headers that say every row's type: a calls export has "Call title", never a type column. */
  typedHeaders: Record<string, ActivityType>;
  types: Partial<Record<ActivityType, string[]>>;
  /** Type values a tool sends without a person writing each message (Salesforce's "List Email"). */
  automatedTypes?: string[];
  directions: { inbound: string[]; outbound: string[] };
  outcomes: Partial<Record<Outcome, string[]>>;
  status: { done: string[]; planned: string[] };
}

/** The languages of one CRM's exports, by BCP 47 language tag. */
export type CrmExportWords = Record<string, ExportWords>;
