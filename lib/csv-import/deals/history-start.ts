import { sortedHistory } from '../../metrics/stage-time';
import type { Deal } from '../../schema/record';
import { isFromExportOnly } from './to-deal';

/**
 * Whether a deal's stage history may begin after the deal did, so that it may have gone through
 * stages its history does not name: a deal known only from a Salesforce or Pipedrive deal export,
 * which dates the current stage alone ("Last stage change"), or only from an export row that dated
 * nothing (its history starts at Touchline's first sighting). A HubSpot export dates each stage
 * the deal entered. A row whose blank "Last stage change" said the deal never moved began in its
 * stage, but nothing stored keeps that apart, so it counts here too: a stage before it reads as
 * not known, never as a share of the deals that did not move.
 */
export function historyMayBeginLate(deal: Pick<Deal, 'crm' | 'lastReadAt' | 'stageHistory'>): boolean {
  if (!isFromExportOnly(deal)) return false;
  return deal.crm !== 'hubspot' || sortedHistory(deal)[0]?.firstSeen === true;
}
