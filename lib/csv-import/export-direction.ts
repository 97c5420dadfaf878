import { activityDirection } from '../adapters/pipedrive/activity-direction';
import { hasWord } from '../adapters/pipedrive/text-match';
import { type ActivityType, type Crm, channelOf, type Direction } from '../schema/activity';
import { incomingCallWords } from './pipedrive-page-words';
import { salesforceSubjectSaysInbound } from './salesforce-page-words';

/** The cells of an export row that its page reader reads a direction from. */
export interface DirectionCells {
  /** The subject as pages show it (pageText). */
  subject: string;
  /** The type cell, which on a page is the item's type label. */
  typeName?: string | undefined;
}

/**
 * The direction of an export row that states none (no direction column, no "Incoming" in its
 * type), as the CRM's page reader gives the same activity, so a page copy and an export copy of
 * one touch share it and merge (duplicate rule 3 asks for the same direction):
 * - Pipedrive shows no direction: activityDirection, shared with its page reader, told what that
 *   reader tells it: whether the subject or the type label holds an incoming-call word of the
 *   page's language (classify-activity.ts), here the file's (`lang`, every language's when unknown);
 * - Salesforce and HubSpot pages take a touch the user logged or sent as outbound unless it says
 *   it came in, which an export says in its direction column or type word ("Incoming email"), or
 *   for a Salesforce text or LinkedIn message in its subject ("SMS received: …", message-subject.ts).
 * Notes, tasks and changes have none.
 */
export function exportDirection(
  crm: Crm,
  type: ActivityType,
  cells: DirectionCells,
  lang: string | undefined,
): Direction {
  if (crm === 'pipedrive') {
    const words = incomingCallWords(lang);
    const inbound = hasWord(cells.subject, words) || hasWord(cells.typeName ?? '', words);
    return activityDirection(type, cells.subject.toLowerCase(), inbound);
  }
  // A message a Salesforce Task's subject names the channel of came in where the subject says so, as its reader reads it.
  if (
    crm === 'salesforce' &&
    (type === 'social' || type === 'sms') &&
    salesforceSubjectSaysInbound(cells.subject, lang)
  )
    return 'inbound';
  return channelOf(type) ? 'outbound' : 'unknown';
}
