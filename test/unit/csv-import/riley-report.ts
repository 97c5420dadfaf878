import type { ActivityReading } from '../../../lib/schema/activity';

/**
 * A Salesforce "Activities with Contacts" report exported "Details Only" with the report's own
 * columns (no Activity ID, which a manager must add), and the contact its rows name: Riley Chen,
 * whose page carries the 18-character form of the report's 15-character id.
 */
export const TENANT = 'acme.lightning.force.com';
export const HEADER =
  '"Subject","Assigned","Date","Status","Priority","Call Result","Contact","Contact ID","Company / Account"';
export const RILEY = { crm: 'salesforce', tenant: TENANT, recordId: '0035g00000AbCdEAAV' } as const;
export const RILEY_KEY = `salesforce:${TENANT}:contact:0035g00000AbCdEAAV`;

/** The page's copy of a connected call on 18 Nov, shown with its time (16:40 Berlin). */
export const timedCall: ActivityReading = {
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-18T15:40:00.000Z',
  timePrecision: 'minute',
  title: 'Call',
  outcome: 'connected',
  automated: false,
};
