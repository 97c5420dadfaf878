import type { ColumnTarget } from '../../../lib/csv-import/fields';
import type { ColumnMapping } from '../../../lib/csv-import/mapping';
import { activePerTypeColumns } from '../../../lib/csv-import/per-type-columns';

/**
 * What the mapping table shows for an activity mapping: a per-type column that fills in a field
 * (HubSpot's "Email direction" beside "Call direction") shows that field, and a note names the
 * column it fills in for, so "Not imported" is never shown for a column that is read.
 */
export function perTypeShown(
  mapping: ColumnMapping,
  headers: readonly string[],
): { targets: ColumnTarget[]; notes: (string | undefined)[] } {
  const targets = [...mapping.targets];
  const notes: (string | undefined)[] = targets.map(() => undefined);
  for (const p of activePerTypeColumns(mapping)) {
    targets[p.column] = p.field;
    const main = headers[mapping.targets.indexOf(p.field)] ?? '';
    notes[p.column] = `Where “${main}” is empty${p.type ? ` (${p.type} rows)` : ''}`;
  }
  return { targets, notes };
}
