import { activityDirection } from '../adapters/pipedrive/activity-direction';
import { type ActivityType, type Crm, channelOf, type Direction } from '../schema/activity';

/**
 * The direction of an export row that states none (no direction column, no "Incoming" in its
 * type), as the CRM's page reader gives the same activity, so a page copy and an export copy of
 * one touch share it and merge (duplicate rule 3 asks for the same direction):
 * - Pipedrive shows no direction: activityDirection, shared with its page reader;
 * - Salesforce and HubSpot pages take a touch the user logged or sent as outbound unless it says
 *   it came in, which an export says in its direction column or type word ("Incoming email").
 * Notes, tasks and changes have none.
 */
export function exportDirection(crm: Crm, type: ActivityType, foldedSubject: string): Direction {
  if (crm === 'pipedrive') return activityDirection(type, foldedSubject);
  return channelOf(type) ? 'outbound' : 'unknown';
}
