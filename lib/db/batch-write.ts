import { updateActivityPacks } from './activity-packs';
import { storedBefore, type Working } from './batch-work';
import { deleteEach, putEach } from './bulk-requests';
import { putDeal } from './put-deal';

/**
 * Writes at once what a batch changed: its activities (deleted, then put) with their packs, its
 * contacts, the contacts it folded into another record, and its deals through putDeal.
 */
export async function writeWork(work: Working): Promise<void> {
  const { tx } = work;
  const before = await storedBefore(work, [...work.deletedActivities, ...work.changedActivities.keys()]);
  const store = tx.objectStore('activities');
  deleteEach(store, work.deletedActivities);
  putEach(store, work.changedActivities.values());
  const packs = updateActivityPacks(tx, before, work.changedActivities.values());
  const records = [...work.changedRecords.values()];
  putEach(
    tx.objectStore('contacts'),
    records.filter((row) => row.kind === 'contact'),
  );
  deleteEach(
    tx.objectStore('contacts'),
    [...work.deletedContacts].filter((key) => !work.changedRecords.has(key)),
  );
  await Promise.all([packs, ...records.flatMap((row) => (row.kind === 'deal' ? [putDeal(tx, row)] : []))]);
}
