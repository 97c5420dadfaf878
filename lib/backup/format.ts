import * as z from 'zod/mini';
import { savedDealMappingSchema } from '../csv-import/deals/mapping';
import { savedMappingSchema } from '../csv-import/mapping';
import { activitySchema, crmSchema } from '../schema/activity';
import { contactSchema, dealSchema } from '../schema/record';
import { undoneTouchSchema } from '../schema/undone-touch';

/** decisions.md "Backups": JSON Lines, a header first, one row per line. */
export const BACKUP_FORMAT = 'touchline-backup';
/** The last line: how many rows came before it, so a file cut at a line break is still seen as cut. */
export const BACKUP_END = 'touchline-backup-end';
export const BACKUP_VERSION = 1;
/** Files past this are refused on export and import (decisions.md). */
export const BACKUP_MAX_BYTES = 200 * 1024 * 1024;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.iso.datetime({ offset: true }),
  /**
   * The database version the rows were written by: activity keys of version 2 and before predate
   * the key change (direction and UTC minute) and are re-keyed on import.
   */
  databaseVersion: z.int().check(z.positive()),
  /** The zone pages were read in on the exporting machine, for re-keying date-only items. */
  pageTimeZone: z.optional(z.string().check(z.minLength(1))),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupEndSchema = z.object({ format: z.literal(BACKUP_END), rows: z.int().check(z.nonnegative()) });

/** The CRM account a remembered CSV column mapping is for (its storage key's `<crm>:<tenant>`). */
const accountFields = { crm: crmSchema, tenant: z.string().check(z.minLength(1)) };

/**
 * One stored row; `updatedAt` (activities), `lastReadAt` (records) or `undoneAt` (undo marks)
 * decides which copy is newer. Then the lines restored with the settings: the settings, and each
 * CSV column mapping remembered per CRM account (storage.local `csvMapping:<crm>:<tenant>` and
 * `csvDealMapping:<crm>:<tenant>`, lib/csv-import/).
 */
export const backupRowSchema = z.discriminatedUnion('store', [
  z.object({ store: z.literal('contacts'), value: contactSchema }),
  z.object({ store: z.literal('deals'), value: dealSchema }),
  z.object({ store: z.literal('activities'), value: activitySchema }),
  z.object({ store: z.literal('undoneTouches'), value: undoneTouchSchema }),
  /** Checked field by field when restored (settings have their own versions and defaults). */
  z.object({ store: z.literal('settings'), value: z.record(z.string(), z.unknown()) }),
  z.object({ store: z.literal('csvMapping'), ...accountFields, value: savedMappingSchema }),
  z.object({ store: z.literal('csvDealMapping'), ...accountFields, value: savedDealMappingSchema }),
]);
export type BackupRow = z.infer<typeof backupRowSchema>;
export type MappingRow = Extract<BackupRow, { store: 'csvMapping' | 'csvDealMapping' }>;
export type RecordRow = Exclude<BackupRow, { store: 'settings' } | MappingRow>;
/** The kinds of line a backup holds, for naming a line of a kind this Touchline does not know. */
export const BACKUP_LINE_KINDS: readonly string[] = backupRowSchema.def.options.flatMap(
  (option) => option.shape.store.def.values,
);
