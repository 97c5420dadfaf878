import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchWriter } from '../../../lib/csv-import/batch-writer';
import { importActivities, keysWereStored } from '../../../lib/db/import-activities';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import { freshDb } from './world-readings';

afterEach(() => {
  vi.restoreAllMocks();
});

const contact = (id: number) => `hubspot:123:contact:${id}`;

/** An exported call keyed by its CRM id `n`, on contact 1 at 09:0n. */
function exported(n: number): Activity {
  return {
    key: `hubspot:123:activity:${n}`,
    crm: 'hubspot',
    tenant: '123',
    owner: 'Dana Reyes',
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: `2026-09-01T09:0${n}:00.000Z`,
    title: `Call ${n}`,
    automated: false,
    sourceId: String(n),
    contactKeys: [contact(1)],
    dealKeys: [],
    origin: 'import',
  };
}

/** Reads by key of the activities store while `run` runs. */
async function readsByKey(run: () => Promise<unknown>): Promise<number> {
  const get = vi.spyOn(IDBObjectStore.prototype, 'get');
  await run();
  const reads = get.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'activities').length;
  get.mockRestore();
  return reads;
}

/** The same call as read on another contact's page, under the same CRM id: stored before the import. */
async function storedUnderSameKey(db: TouchlineDb, n: number): Promise<Activity> {
  const page: Activity = {
    ...exported(n),
    owner: undefined,
    title: `Call ${n} (as the page shows it)`,
    contactKeys: [contact(9)],
    origin: 'page',
  };
  delete page.owner;
  await db.put('activities', page);
  return page;
}

describe('an import batch believed new (keysNew)', () => {
  it('reads no row by key when none is stored, and stores every row', async () => {
    const db = await freshDb();
    const writer = batchWriter(db, 'UTC');
    const reads = await readsByKey(() => writer.write([exported(1), exported(2), exported(3)]));
    expect(reads).toBe(0);
    expect((await db.getAll('activities')).map((a) => a.key)).toEqual([1, 2, 3].map((n) => exported(n).key));
    db.close();
  });

  it('writes nothing when a new row’s key is stored after all, and the writer merges it by key instead', async () => {
    const db = await freshDb();
    const page = await storedUnderSameKey(db, 2);
    const error = await importActivities(db, [exported(1), exported(2)], 'UTC', { keysNew: true }).catch((e) => e);
    expect(keysWereStored(error)).toBe(true);
    expect(await db.getAll('activities')).toEqual([page]);

    const writer = batchWriter(db, 'UTC');
    expect(await writer.write([exported(1), exported(2)])).toMatchObject({ added: 1, existing: 1 });
    expect(await db.get('activities', page.key)).toEqual({
      ...page,
      owner: 'Dana Reyes',
      contactKeys: [contact(1), contact(9)],
    });
    // Once a key was found stored, later batches read theirs.
    expect(await readsByKey(() => writer.write([exported(3)]))).toBe(1);
    db.close();
  });

  it('does not merge into another copy by the duplicate rules while its own key is stored', async () => {
    const db = await freshDb();
    const page = await storedUnderSameKey(db, 4);
    // The same call read on contact 1's page without a CRM id: a double capture of the export's row.
    const copy: Activity = { ...exported(4), key: 'hubspot:123:activity:page-4', origin: 'page' };
    delete copy.sourceId;
    delete copy.owner;
    await db.put('activities', copy);
    const error = await importActivities(db, [exported(4)], 'UTC', { keysNew: true }).catch((e) => e);
    expect(keysWereStored(error)).toBe(true);

    expect(await batchWriter(db, 'UTC').write([exported(4)])).toMatchObject({ added: 0, existing: 1 });
    expect(await db.get('activities', copy.key)).toEqual(copy);
    expect((await db.get('activities', page.key))?.contactKeys).toEqual([contact(1), contact(9)]);
    db.close();
  });
});
