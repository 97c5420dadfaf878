import { storage } from 'wxt/utils/storage';
import { loadDealMapping, saveDealMapping } from '../csv-import/deals/mapping-store';
import { loadMapping, saveMapping } from '../csv-import/mapping-store';
import { backupRowSchema, type MappingRow } from './format';

/** The kinds of line, named as the mapping stores' keys begin (`<kind>:<crm>:<tenant>` in storage.local). */
const KINDS: readonly string[] = ['csvMapping', 'csvDealMapping'] satisfies MappingRow['store'][];

/**
 * The remembered column mappings as backup lines, in key order. One stored in an older or damaged
 * shape is left out: a file with a row that fails its schema is refused whole on import.
 */
export async function mappingRows(): Promise<MappingRow[]> {
  const stored = await storage.snapshot('local');
  return Object.keys(stored)
    .sort()
    .flatMap((key) => {
      const [kind = '', crm, ...tenant] = key.split(':');
      if (!KINDS.includes(kind)) return [];
      const row = backupRowSchema.safeParse({ store: kind, crm, tenant: tenant.join(':'), value: stored[key] });
      return row.success && (row.data.store === 'csvMapping' || row.data.store === 'csvDealMapping') ? [row.data] : [];
    });
}

/**
 * Stores the backup's mappings. In a restore (into an empty cache) each replaces the one remembered
 * here, as the backup's settings replace those in use; in a merge only an account with none
 * remembered here takes the backup's (mappings, like settings, carry no edit time).
 */
export async function restoreMappings(rows: readonly MappingRow[], restore: boolean): Promise<void> {
  for (const row of rows) {
    if (row.store === 'csvMapping') {
      if (restore || !(await loadMapping(row.crm, row.tenant))) await saveMapping(row.crm, row.tenant, row.value);
    } else if (restore || !(await loadDealMapping(row.crm, row.tenant))) {
      await saveDealMapping(row.crm, row.tenant, row.value);
    }
  }
}
