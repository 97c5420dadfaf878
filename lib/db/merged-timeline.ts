import type { Activity } from '../schema/activity';
import { rowsOfRecord, type Working } from './batch-work';
import { contactOf } from './fold-person';
import { sameFullName } from './same-full-name';

/** A contact whose one stored engagement shows on another's page may just have shared it (a meeting with both). */
const MERGED_ITEMS = 2;

/**
 * The stored HubSpot contacts of the portal a contact page just read shows merged into it by its
 * timeline: HubSpot's "Merge contacts" keeps the primary record with its own email (the secondary's
 * becomes an additional email, which the page does not read) and shows both records' activity on
 * it, under the same engagement ids. So a stored contact with the same name, letter for letter,
 * every one of whose stored activities with an engagement id (MERGED_ITEMS at least) this page
 * lists by that id, is the record merged away. All are needed, as a wrong fold deletes a person:
 * an engagement shows on every contact it is associated with (one email or meeting to two
 * people), so one shared item says nothing, and a name alone is anyone's (two "Sam Patel"s).
 * `incoming` are the page's items as keyed for this reading, `pageKey` its record, `name` the name
 * it shows.
 */
export async function mergedByTimeline(
  work: Working,
  pageKey: string,
  name: string,
  incoming: readonly Activity[],
): Promise<string[]> {
  const shown = new Set(incoming.filter((item) => item.sourceId).map((item) => item.key));
  // Only the contacts stored with an item this page shows can have all their items shown.
  const candidates = new Set(
    [...shown].flatMap((key) => work.activities.get(key)?.contactKeys ?? []).filter((key) => key !== pageKey),
  );
  const merged: string[] = [];
  for (const key of candidates) {
    const contact = await contactOf(work, key);
    if (!contact || !sameFullName(contact.name, name)) continue;
    const withIds = (await rowsOfRecord(work, key)).filter((row) => row.sourceId);
    if (withIds.length >= MERGED_ITEMS && withIds.every((row) => shown.has(row.key))) merged.push(key);
  }
  return merged;
}
