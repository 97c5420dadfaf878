import { samePersonName } from '../locale/same-person-name';
import type { Activity } from '../schema/activity';
import { rowsOfRecord, type Working } from './batch-work';
import { contactOf } from './fold-person';

/**
 * The stored HubSpot contacts of the portal a contact page just read shows merged into it by its
 * timeline: HubSpot's "Merge contacts" keeps the primary record with its own email (the secondary's
 * becomes an additional email, which the page does not read) and shows both records' activity on
 * it, under the same engagement ids. So a stored contact with the same person's name, every one of
 * whose stored activities with an engagement id (one at least) this page lists by that id, is the
 * record merged away. Both are needed: an engagement shows on every contact it is associated with
 * (one email to two people), so an id alone names no one person, and a name alone is anyone's.
 * `incoming` are the page's items as keyed for this reading, `pageKey` its record, `name` the name it shows.
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
    if (!contact || !samePersonName(contact.name, name)) continue;
    const withIds = (await rowsOfRecord(work, key)).filter((row) => row.sourceId);
    if (withIds.length > 0 && withIds.every((row) => shown.has(row.key))) merged.push(key);
  }
  return merged;
}
