import type { ReadOk } from '../../lib/schema/read-result';
import type { DemoActivity, DemoWorld } from '../demo-crm/world';
import { contactReading, dealReading } from './readings';
import { type StoredRows, storedRows } from './stored-rows';
import { scaleHistory } from './worlds';

export interface ScaleData {
  world: DemoWorld;
  /** One contact page reading per contact, in the world's order, with all its activities. */
  contactReadings: ReadOk[];
  byContact: Map<number, DemoActivity[]>;
  byDeal: Map<number, DemoActivity[]>;
}

export function scaleData(): ScaleData {
  const { world, activities } = scaleHistory();
  const byContact = groupBy(activities, (a) => a.contactId);
  const byDeal = groupBy(activities, (a) => a.dealId);
  const contactReadings = world.contacts.map((c) => contactReading(world, c, byContact.get(c.id) ?? []));
  return { world, contactReadings, byContact, byDeal };
}

/**
 * The cache the panel-read figure opens a contact against: every contact's and deal's page read
 * once, or only the first contacts up to `activityLimit` activities. The opened contact itself is
 * left out: its page stores it, the same in both caches.
 */
export function cacheRows(data: ScaleData, openedContactId: number, activityLimit: number): StoredRows {
  const readings: ReadOk[] = [];
  const seeded = new Set<number>();
  let count = data.byContact.get(openedContactId)?.length ?? 0;
  data.world.contacts.forEach((contact, i) => {
    if (contact.id === openedContactId || count >= activityLimit) return;
    readings.push(data.contactReadings[i] as ReadOk);
    seeded.add(contact.id);
    count += data.byContact.get(contact.id)?.length ?? 0;
  });
  for (const deal of data.world.deals) {
    if (!deal.contactIds.every((id) => seeded.has(id))) continue;
    const shown = (data.byDeal.get(deal.id) ?? []).filter((a) => a.contactId === undefined || seeded.has(a.contactId));
    readings.push(dealReading(data.world, deal, shown));
  }
  return storedRows(readings, new Date(data.world.now));
}

/**
 * Consecutive batches of contact page readings holding exactly `sizes[i]` activities each:
 * readings are taken in order and the last one of a batch is cut to fit.
 */
export function readingBatches(data: ScaleData, sizes: number[]): ReadOk[][] {
  const batches: ReadOk[][] = [];
  let batch: ReadOk[] = [];
  let room = sizes[0] ?? 0;
  for (const reading of data.contactReadings) {
    if (batches.length === sizes.length) break;
    const taken = reading.activities.slice(0, room);
    if (taken.length === 0) continue;
    batch.push({ ...reading, activities: taken });
    room -= taken.length;
    if (room === 0) {
      batches.push(batch);
      batch = [];
      room = sizes[batches.length] ?? 0;
    }
  }
  if (batches.length < sizes.length) throw new Error(`the scale history holds fewer than ${sizes.length} batches`);
  return batches;
}

function groupBy(activities: DemoActivity[], key: (a: DemoActivity) => number | undefined) {
  const groups = new Map<number, DemoActivity[]>();
  for (const a of activities) {
    const k = key(a);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(a);
    else groups.set(k, [a]);
  }
  return groups;
}
