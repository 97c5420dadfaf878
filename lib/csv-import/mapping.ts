import * as z from 'zod/mini';
import { activityTypeSchema } from '../schema/activity';
import { columnKeys } from './column-keys';
import { type ColumnTarget, columnTargetSchema } from './fields';
import { activePerTypeColumns, perTypeColumnSchema } from './per-type-columns';

/** How a file's columns are read: a target per column, in the file's column order. */
export const columnMappingSchema = z.object({
  targets: z.array(columnTargetSchema),
  /** The language of the headers (and so of the values); settles nothing by itself for English dates. */
  lang: z.optional(z.string()),
  /** Numeric dates' order where the user chose it or the whole column settled it. */
  dayFirst: z.optional(z.boolean()),
  impliedType: z.optional(activityTypeSchema),
  /** An export of one kind (detect-columns.ts): a type word no table knows is of the implied type. */
  oneKind: z.optional(z.literal(true)),
  /** Columns of one type's that fill in a field where its column is empty on a row (per-type-columns.ts). */
  perType: z.optional(z.array(perTypeColumnSchema)),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** What is remembered per CRM account: a target per folded header (columnKeys), so a reordered export still maps. */
export const savedMappingSchema = z.object({
  columns: z.record(z.string(), columnTargetSchema),
  dayFirst: z.optional(z.boolean()),
  /**
   * The keys of the per-type columns read as fill-ins (their `columns` target stays "ignore", as
   * versions before them read it). Absent in a mapping remembered before them: every detected one
   * is read; present, a remembered column not in it was set to "Not imported" by the manager.
   */
  perType: z.optional(z.array(z.string())),
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;

/**
 * The mapping remembered for this account wins over detection, column by column: a column it names
 * keeps its remembered target, and a column new to this export keeps what detection found unless a
 * remembered column holds that field (then it is not imported). Left to `unique` alone, a known
 * column added before a column mapped by hand ("Due Date" before "Call Date") took its field.
 */
export function withSaved(
  foldedHeaders: string[],
  mapping: ColumnMapping,
  saved: SavedMapping | undefined,
): ColumnMapping {
  if (!saved) return mapping;
  const remembered = columnKeys(foldedHeaders).map((key) => saved.columns[key]);
  const held = new Set(remembered);
  const targets = mapping.targets.map((target, i) => remembered[i] ?? (held.has(target) ? 'ignore' : target));
  const dayFirst = mapping.dayFirst ?? saved.dayFirst;
  const keys = columnKeys(foldedHeaders);
  const dropped = (column: number) =>
    saved.perType !== undefined && remembered[column] !== undefined && !saved.perType.includes(keys[column] ?? '');
  const perType = mapping.perType?.filter((p) => !dropped(p.column));
  return {
    ...mapping,
    targets: unique(targets),
    ...(dayFirst === undefined ? {} : { dayFirst }),
    ...(perType ? { perType } : {}),
  };
}

export function toSaved(foldedHeaders: string[], mapping: ColumnMapping): SavedMapping {
  const keys = columnKeys(foldedHeaders);
  const columns = Object.fromEntries(keys.map((key, i) => [key, mapping.targets[i] ?? 'ignore']));
  const perType = activePerTypeColumns(mapping).map((p) => keys[p.column] ?? '');
  return { columns, ...(mapping.dayFirst === undefined ? {} : { dayFirst: mapping.dayFirst }), perType };
}

/** A field read from two columns is ambiguous: the first column keeps it. */
export function unique(targets: ColumnTarget[]): ColumnTarget[] {
  const seen = new Set<ColumnTarget>();
  return targets.map((t) => {
    if (t === 'ignore') return t;
    if (seen.has(t)) return 'ignore';
    seen.add(t);
    return t;
  });
}

/** Columns an activity's type can be read from (readRow's typeOf). */
const TYPE_SOURCES: ColumnTarget[] = ['type', 'subtype', 'subject'];

/** Why a mapping cannot import anything, or undefined when it can. */
export function mappingProblem(mapping: ColumnMapping): string | undefined {
  if (!mapping.targets.includes('date')) return 'No column holds the activity date.';
  const typed = TYPE_SOURCES.some((t) => mapping.targets.includes(t)) || mapping.impliedType;
  if (!typed) return 'No column says the activity type.';
  return undefined;
}

/**
 * The user's choice for one column in the mapping table. A per-type column chosen for anything
 * (its select shows the field it fills in) reads only that from then on: "Not imported", nothing.
 */
export function retargetMapping(mapping: ColumnMapping, column: number, target: ColumnTarget): ColumnMapping {
  const perType = mapping.perType?.filter((p) => p.column !== column);
  return { ...mapping, targets: retarget(mapping.targets, column, target), ...(perType ? { perType } : {}) };
}

/** The user's choice for one column; another column that held the same field gives it up. */
export function retarget(targets: readonly ColumnTarget[], column: number, target: ColumnTarget): ColumnTarget[] {
  return targets.map((t, i) => (i === column ? target : target !== 'ignore' && t === target ? 'ignore' : t));
}
