import type { DealField } from '../fields';

/**
 * One CRM's deal export wording in one language: the headers its deal export prints for each
 * field, the words that start a per-stage entry column, and the values of a status column.
 */
export interface DealExportWords {
  headers: Partial<Record<Exclude<DealField, 'stageEntered'>, string[]>>;
  /** "Date entered" in `Date entered "Qualified (Sales Pipeline)"`: the rest of the header names the stage. */
  stageEnteredPrefixes: string[];
  status: { open: string[]; won: string[]; lost: string[] };
}

/** The languages of one CRM's deal exports, by BCP 47 language tag. */
export type CrmDealExportWords = Record<string, DealExportWords>;
