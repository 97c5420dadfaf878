import { describe, expect, it } from 'vitest';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../../../lib/db/activity-packs';
import { eraseScope } from '../../../lib/db/erase';
import { importActivities } from '../../../lib/db/import-activities';
import { openTouchlineDb } from '../../../lib/db/open';
import { DB_VERSION, type TouchlineDb } from '../../../lib/db/schema';
import { readUndatedRows } from '../../../lib/db/undated-keys';
import type { Activity } from '../../../lib/schema/activity';
import { importedCall } from './imported-call';
import { freshDb, freshName } from './world-readings';

/** Call n as a page showed it with a date Touchline could not read. */
function undatedCall(n: number): Activity {
  const { timestamp: _, ...call } = importedCall(n);
  return { ...call, origin: 'page', dateText: 'sometime in spring' };
}

async function write(db: TouchlineDb, removed: (Activity | undefined)[], added: Activity[]): Promise<void> {
  const tx = db.transaction([...ACTIVITY_WRITE_STORES], 'readwrite');
  for (const row of added) await tx.objectStore('activities').put(row);
  await updateActivityPacks(tx, removed, added);
  await tx.done;
}

const keysOf = async (db: TouchlineDb) => (await readUndatedRows(db)).map((row) => (row as Activity).key).sort();

describe('the rows stored without a timestamp, found without counting every row', () => {
  it('are the undated rows every writer stored, and no longer one that gained a date', async () => {
    const db = await freshDb();
    await write(db, [], [importedCall(1), undatedCall(2), undatedCall(3)]);
    expect(await keysOf(db)).toEqual([undatedCall(2).key, undatedCall(3).key]);

    // A page showing call 2's date later, and an export carrying call 3's (the same CRM id): an
    // import writes only dated rows and leaves call 3's key, which is no longer taken as undated.
    await write(db, [undatedCall(2)], [{ ...undatedCall(2), timestamp: '2026-09-03T09:02:00.000Z' }]);
    await importActivities(db, [importedCall(3)], 'UTC');
    expect(await keysOf(db)).toEqual([]);
  });

  it('go with their account when it is erased', async () => {
    const db = await freshDb();
    await write(db, [], [undatedCall(4)]);
    await eraseScope(db, { kind: 'account', crm: 'hubspot', tenant: '123' });
    expect(await keysOf(db)).toEqual([]);
    expect(await db.count('undatedActivities')).toBe(0);
  });
});

describe('upgrading a version 7 database', () => {
  it('keeps every row and notes the keys of exactly the undated ones', async () => {
    const name = freshName();
    const v7 = await openTouchlineDb(name, { version: 7 });
    for (const row of [importedCall(5), undatedCall(6), importedCall(7), undatedCall(8)]) {
      await v7.put('activities', row);
    }
    const before = await v7.getAll('activities');
    v7.close();

    const db = await openTouchlineDb(name);

    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('activities')).toEqual(before);
    expect(await db.getAllKeys('undatedActivities')).toEqual([undatedCall(6).key, undatedCall(8).key]);
    db.close();
  });
});
