import type { ActivityReading } from '../schema/activity';
import type { ReadResult } from '../schema/read-result';

/**
 * What the page itself shows of a timeline item, whichever record its header names: the item's
 * title, its date (to the day, as reading-fingerprint.ts compares dates), its id and outcome. A
 * reader works out other fields from the header's name as well as the item: HubSpot's direction
 * ("Ana Alvarez booked a meeting" is inbound under Ana, outbound under anyone else), its type (a
 * contact's email open is no email), the owner, the automation; the contacts an item is with
 * from the route (Pipedrive names a deal's persons on its items, a person's page none). So the
 * next record's header drawn over the page left's timeline reads that timeline's items otherwise,
 * and only these fields tell them for the same items (route-settle.ts).
 */
const SHOWN = ['sourceId', 'title', 'timestamp', 'timePrecision', 'dateText', 'outcome'] as const;

function shownOf(item: Partial<ActivityReading>): string {
  const shown = SHOWN.map((field) => (field === 'timestamp' ? item.timestamp?.slice(0, 10) : item[field]));
  return JSON.stringify(shown);
}

/** Each item a reading holds, as the page shows it. */
export function shownItems(result: ReadResult): string[] {
  return result.status === 'read' ? result.activities.map(shownOf) : [];
}
