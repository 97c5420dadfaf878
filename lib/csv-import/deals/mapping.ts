import * as z from 'zod/mini';
import { columnKeys } from '../column-keys';
import { type DealTarget, dealTargetSchema } from './fields';

const stageColumnSchema = z.object({ stage: z.string(), pipeline: z.optional(z.string()) });

/** How a deal export's columns are read: a target per column, in the file's column order. */
export const dealMappingSchema = z.object({
  targets: z.array(dealTargetSchema),
  /** Per column, the stage its entry dates are for when it is read as `stageEntered` (the header's stage, else the header). */
  stageColumns: z.array(stageColumnSchema),
  lang: z.optional(z.string()),
  /** Numeric dates' order where the user chose it or the date columns settled it. */
  dayFirst: z.optional(z.boolean()),
});
export type DealMapping = z.infer<typeof dealMappingSchema>;

/** What is remembered per CRM account, beside the activity mapping: a target per folded header (columnKeys). */
export const savedDealMappingSchema = z.object({
  columns: z.record(z.string(), dealTargetSchema),
  dayFirst: z.optional(z.boolean()),
});
export type SavedDealMapping = z.infer<typeof savedDealMappingSchema>;

/**
 * The mapping remembered for this account wins over detection, column by column, as for activities
 * (withSaved): a column new to this export gives up a field a remembered column holds, except the
 * stage entry dates, which many columns hold.
 */
export function withSavedDeal(
  folded: string[],
  mapping: DealMapping,
  saved: SavedDealMapping | undefined,
): DealMapping {
  if (!saved) return mapping;
  const remembered = columnKeys(folded).map((key) => saved.columns[key]);
  const held = new Set(remembered);
  const targets = uniqueDeal(
    mapping.targets.map((t, i) => remembered[i] ?? (t !== 'stageEntered' && held.has(t) ? 'ignore' : t)),
  );
  const dayFirst = mapping.dayFirst ?? saved.dayFirst;
  return { ...mapping, targets, ...(dayFirst === undefined ? {} : { dayFirst }) };
}

export function toSavedDeal(folded: string[], mapping: DealMapping): SavedDealMapping {
  const columns = Object.fromEntries(columnKeys(folded).map((key, i) => [key, mapping.targets[i] ?? 'ignore']));
  return { columns, ...(mapping.dayFirst === undefined ? {} : { dayFirst: mapping.dayFirst }) };
}

/** A field read from two columns is ambiguous: the first keeps it. Stage entry columns are many by nature. */
export function uniqueDeal(targets: DealTarget[]): DealTarget[] {
  const seen = new Set<DealTarget>();
  return targets.map((t) => {
    if (t === 'ignore' || t === 'stageEntered') return t;
    if (seen.has(t)) return 'ignore';
    seen.add(t);
    return t;
  });
}

/** The user's choice for one column; another column that held the same single field gives it up. */
export function retargetDeal(targets: readonly DealTarget[], column: number, target: DealTarget): DealTarget[] {
  const single = target !== 'ignore' && target !== 'stageEntered';
  return targets.map((t, i) => (i === column ? target : single && t === target ? 'ignore' : t));
}

/** Why a mapping cannot import deals, or undefined when it can. */
export function dealMappingProblem(mapping: DealMapping): string | undefined {
  if (!mapping.targets.includes('dealId')) return 'No column holds the deal id.';
  if (!mapping.targets.includes('stage') && !mapping.targets.includes('stageEntered'))
    return 'No column holds the deal stage.';
  return undefined;
}
