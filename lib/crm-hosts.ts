import type { Crm } from './schema/activity';

/** The hosts each CRM's content script runs on; its adapter then accepts only record pages. */
export const HOST_PATTERNS: Record<Crm, string[]> = {
  hubspot: ['https://*.hubspot.com/*'],
  salesforce: ['https://*.lightning.force.com/*'],
  pipedrive: ['https://*.pipedrive.com/*'],
};

export const CRM_HOST_PATTERNS = Object.values(HOST_PATTERNS).flat();
