import type { Crm } from '../../schema/activity';
import { HUBSPOT_EXPORT_WORDS } from './hubspot';
import { PIPEDRIVE_EXPORT_WORDS } from './pipedrive';
import { SALESFORCE_EXPORT_WORDS } from './salesforce';
import type { CrmExportWords } from './schema';

export const EXPORT_WORDS: Record<Crm, CrmExportWords> = {
  hubspot: HUBSPOT_EXPORT_WORDS,
  salesforce: SALESFORCE_EXPORT_WORDS,
  pipedrive: PIPEDRIVE_EXPORT_WORDS,
};
