import * as z from 'zod/mini';
import { type ActivityType, activityTypeSchema } from '../schema/activity';
import { type ColumnTarget, type ImportField, importFieldSchema } from './fields';

/**
 * A column that names a field another column holds, for one activity type: HubSpot's Activities
 * export prints one column per type for the same property ("Call direction" and "Email
 * direction", "Call outcome" and "Meeting outcome", "Call title", "Email subject" and "Meeting
 * name"), each filled only on rows of its type. The mapping gives a field one column (the one its
 * select shows); these fill in where that column is empty on a row.
 */
export const perTypeColumnSchema = z.object({
  column: z.number(),
  field: importFieldSchema,
  /** The type its header names ("Email direction": email); the row's own type's column is read first. */
  type: z.optional(activityTypeSchema),
});
export type PerTypeColumn = z.infer<typeof perTypeColumnSchema>;

/**
 * Fields a type's own column can fill in. Not the date: its numeric order is settled over its one
 * column (date-order.ts), and every row of an Activities export has its "Activity date".
 */
const FILLED_IN: ReadonlySet<ImportField> = new Set(['subject', 'direction', 'outcome', 'status']);

/**
 * The per-type columns detection left out because another column took their field: each column
 * whose header is one type's (`typeOf`) and names a field (`fieldOf`) another column holds.
 */
export function perTypeColumnsOf(
  targets: readonly ColumnTarget[],
  fieldOf: (column: number) => ImportField | undefined,
  typeOf: (column: number) => ActivityType | undefined,
): PerTypeColumn[] {
  return targets.flatMap((target, column) => {
    const field = fieldOf(column);
    const type = typeOf(column);
    if (target !== 'ignore' || !field || !type || !FILLED_IN.has(field) || !targets.includes(field)) return [];
    return [{ column, field, type }];
  });
}

/**
 * The per-type columns in effect: still not imported by themselves (a column the manager gave a
 * field of its own reads only that), filling a field some column holds (a field set to "Not
 * imported" is read from no column).
 */
export function activePerTypeColumns(mapping: {
  targets: readonly ColumnTarget[];
  perType?: readonly PerTypeColumn[] | undefined;
}): PerTypeColumn[] {
  return (mapping.perType ?? []).filter(
    (p) => mapping.targets[p.column] === 'ignore' && mapping.targets.includes(p.field),
  );
}

/**
 * Each field's cell on a row: its column's value; where that is empty, a per-type column's, the
 * one of `type` (the row's, once known) first, else the first filled.
 */
export function cellsByField(
  cells: readonly string[],
  mapping: { targets: readonly ColumnTarget[]; perType?: readonly PerTypeColumn[] | undefined },
  type?: ActivityType,
): Partial<Record<ImportField, string>> {
  const found: Partial<Record<ImportField, string>> = {};
  mapping.targets.forEach((target, i) => {
    const value = cells[i]?.trim();
    if (target !== 'ignore' && value) found[target] = value;
  });
  const filled = activePerTypeColumns(mapping)
    .map((p) => ({ ...p, value: cells[p.column]?.trim() }))
    .filter((p) => p.value && !found[p.field]);
  const ownTypeFirst = [...filled.filter((p) => type && p.type === type), ...filled];
  for (const p of ownTypeFirst) found[p.field] ??= p.value;
  return found;
}
