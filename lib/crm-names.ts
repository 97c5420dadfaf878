import type { Crm } from './schema/activity';

/** Each CRM's name as Touchline's pages and sentences write it. */
export const CRM_NAMES: Record<Crm, string> = { hubspot: 'HubSpot', salesforce: 'Salesforce', pipedrive: 'Pipedrive' };
