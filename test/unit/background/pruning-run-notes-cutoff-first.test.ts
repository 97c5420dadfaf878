/**
 * your-data.md "Retention": each daily run notes the cutoff it applied (settings.prunedBefore), so
 * after a raise the figures start where the deleted days end instead of counting what is gone;
 * lib/settings/storage.ts notePruneRun: "for the background to call as each run starts (a run
 * stopped halfway has still deleted some)". pruneNow (lib/background/retention-alarm.ts) noted it
 * only after pruneExpired had walked every batch: a run that deleted 200 rows and was then cut off
 * (the service worker stopped, the connection closed) left no mark. Raise retention before the
 * next run and the panel and team page counted those days as complete, with 200 activities gone.
 */
import { describe, expect, it, vi } from 'vitest';
import { pruneNow } from '../../../lib/background/retention-alarm';
import { openTouchlineDb } from '../../../lib/db/open';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactKey, freshDb, NOW, TENANT, ZONE } from '../db/world-readings';

const DAY = 86_400_000;
/** The default retention's cutoff (400 days). */
const CUTOFF = new Date(NOW.getTime() - 400 * DAY).toISOString();

const retention = vi.hoisted(() => ({ beforeLook: undefined as (() => Promise<void>) | undefined }));
vi.mock('../../../lib/db/retention', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/db/retention')>();
  return {
    ...real,
    // What happens in the cache while the run looks for rows to delete.
    keptActivities: async (...args: Parameters<typeof real.keptActivities>) => {
      await retention.beforeLook?.();
      return real.keptActivities(...args);
    },
  };
});

function oldCall(i: number): Activity {
  return {
    key: `hubspot:${TENANT}:activity:old-${String(i).padStart(4, '0')}`,
    crm: 'hubspot',
    tenant: TENANT,
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: new Date(NOW.getTime() - (500 + i) * DAY).toISOString(),
    title: 'Call',
    automated: false,
    contactKeys: [contactKey(1)],
    dealKeys: [],
    origin: 'page',
  };
}

/** The cache, whose connection goes once its first writing transaction is done (the worker stopped mid-run). */
function stoppingAfterFirstWrite(db: TouchlineDb): TouchlineDb {
  let writes = 0;
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'transaction') {
        return (stores: never, mode?: IDBTransactionMode) => {
          if (mode === 'readwrite' && ++writes > 1) {
            throw new DOMException('The connection is closing.', 'InvalidStateError');
          }
          return target.transaction(stores, mode);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const deps = (db: TouchlineDb, notePruned: (cutoff: string) => Promise<void>) => ({
  settings: () => defaultSettings(ZONE),
  now: () => NOW,
  openDb: async () => db,
  notePruned,
});

describe('a daily pruning run cut off after its first batch', () => {
  it('has noted the cutoff it applied, since it deleted activities (your-data.md "Retention")', async () => {
    const db = await freshDb();
    for (let i = 0; i < 250; i++) await db.put('activities', oldCall(i));
    const notePruned = vi.fn(async () => undefined);

    await pruneNow(deps(stoppingAfterFirstWrite(db), notePruned));

    // The first batch (200 rows) went; the run closed its connection: look with another.
    expect(await (await openTouchlineDb(db.name)).count('activities')).toBe(50);
    expect(notePruned).toHaveBeenCalledWith(CUTOFF);
  });

  it('deletes nothing when its cutoff cannot be noted', async () => {
    const db = await freshDb();
    for (let i = 0; i < 3; i++) await db.put('activities', oldCall(i));

    const pruned = await pruneNow(deps(db, async () => Promise.reject(new Error('storage.local is full'))));

    expect(pruned).toBe(0);
    expect(await (await openTouchlineDb(db.name)).count('activities')).toBe(3);
  });
});

describe('a daily pruning run that found nothing to delete', () => {
  it('notes its cutoff after all when it deleted a row stored while it looked', async () => {
    const db = await freshDb();
    const notePruned = vi.fn(async () => undefined);
    retention.beforeLook = async () => {
      await db.put('activities', oldCall(0));
    };

    try {
      expect(await pruneNow(deps(db, notePruned))).toBe(1);
    } finally {
      retention.beforeLook = undefined;
    }

    expect(notePruned).toHaveBeenCalledWith(CUTOFF);
  });
});
