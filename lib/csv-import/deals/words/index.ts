import type { Crm } from '../../../schema/activity';
import { HUBSPOT_DEAL_WORDS } from './hubspot';
import { PIPEDRIVE_DEAL_WORDS } from './pipedrive';
import { SALESFORCE_DEAL_WORDS } from './salesforce';
import type { CrmDealExportWords } from './schema';

export const DEAL_EXPORT_WORDS: Record<Crm, CrmDealExportWords> = {
  hubspot: HUBSPOT_DEAL_WORDS,
  salesforce: SALESFORCE_DEAL_WORDS,
  pipedrive: PIPEDRIVE_DEAL_WORDS,
};
