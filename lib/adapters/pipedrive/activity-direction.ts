import type { ActivityType, Direction } from '../../schema/activity';

/**
 * The direction of a Pipedrive activity, which shows none: the user records what they did, so
 * outbound, unless a call's wording says it came in (`inbound`, or the English words in `text`,
 * lower case). Notes, tasks and changes have none. The CSV import reads exports the same way.
 */
export function activityDirection(type: ActivityType, text: string, inbound?: boolean): Direction {
  if (type === 'call')
    return inbound || /\b(incoming|inbound) call\b|\bcall from\b/.test(text) ? 'inbound' : 'outbound';
  return type === 'meeting' || type === 'email' || type === 'social' || type === 'sms' ? 'outbound' : 'unknown';
}
