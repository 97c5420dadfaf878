import * as z from 'zod/mini';

/** What a column of an activity export can hold; `ignore` for columns Touchline does not read. */
export const IMPORT_FIELDS = [
  'date',
  'time',
  /** When a done activity was marked done (Pipedrive's "Marked as done time"): a done row's date. */
  'doneAt',
  'type',
  'subtype',
  'subject',
  'owner',
  'contactName',
  'contactEmail',
  'contactId',
  /** A Salesforce Lead's id, its own column beside the Contact's; Leads count as contacts. */
  'leadId',
  'dealName',
  'dealId',
  'direction',
  'outcome',
  'status',
  'sourceId',
] as const;
export const importFieldSchema = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof importFieldSchema>;

export const columnTargetSchema = z.union([importFieldSchema, z.literal('ignore')]);
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

/** Labels for the mapping table's selects (the UI is English, like the panel). */
export const FIELD_LABELS: Record<ColumnTarget, string> = {
  date: 'Date',
  time: 'Time of day',
  doneAt: 'Time marked done',
  type: 'Activity type',
  subtype: 'Activity subtype',
  subject: 'Subject / title',
  owner: 'Owner (rep)',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
  contactId: 'Contact CRM id',
  leadId: 'Lead CRM id (as contact)',
  dealName: 'Deal name',
  dealId: 'Deal CRM id',
  direction: 'Direction',
  outcome: 'Call / meeting outcome',
  status: 'Done or planned',
  sourceId: 'Activity CRM id',
  ignore: 'Not imported',
};
