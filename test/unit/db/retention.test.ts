import { describe, expect, it, vi } from 'vitest';
import { pruneNow, RETENTION_ALARM, registerRetentionAlarm } from '../../../lib/background/retention-alarm';
import { openTouchlineDb } from '../../../lib/db/open';
import { keptActivities, pruneExpired } from '../../../lib/db/retention';
import { saveReading, saveReadings } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactKey, contactReading, freshDb, freshName, NOW, TENANT, workedContact, ZONE } from './world-readings';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

function activity(key: string, days: number | undefined, extra: Partial<Activity> = {}): Activity {
  return {
    key,
    crm: 'hubspot',
    tenant: TENANT,
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    ...(days === undefined ? { dateText: 'sometime' } : { timestamp: daysAgo(days) }),
    title: key,
    automated: false,
    contactKeys: [contactKey(1)],
    dealKeys: [],
    origin: 'page',
    ...extra,
  };
}

/** Page rows of many ages, a logged touch from long ago merged into an old page row, an undated row. */
async function agedCache(): Promise<{ db: TouchlineDb; rows: Activity[] }> {
  const db = await freshDb();
  const rows = [
    ...[10, 399, 401, 402, 500, 800, 1200].map((days) => activity(`hubspot:${TENANT}:activity:d${days}`, days)),
    activity(`hubspot:${TENANT}:activity:merged-old`, 600),
    activity(`touchline:${contactKey(1)}:old`, 600, {
      origin: 'logged-in-touchline',
      mergedInto: `hubspot:${TENANT}:activity:merged-old`,
    }),
    activity(`touchline:${contactKey(1)}:older`, 900, { origin: 'logged-in-touchline' }),
    activity(`hubspot:${TENANT}:activity:undated`, undefined),
  ];
  for (const row of rows) await db.put('activities', row);
  return { db, rows };
}

describe('pruning activities past retention', () => {
  it('deletes page activities older than the set age and keeps logged touches, their page copies and undated items', async () => {
    const { db, rows } = await agedCache();

    const pruned = await pruneExpired(db, NOW, 400, { batch: 2 });

    // The rule, written out: younger than 400 days, logged, merged into by a logged touch, or undated.
    const keep = (row: Activity) =>
      row.origin === 'logged-in-touchline' ||
      row.key.endsWith('merged-old') ||
      row.timestamp === undefined ||
      NOW.getTime() - Date.parse(row.timestamp) <= 400 * DAY;
    const kept = (await db.getAllKeys('activities')).sort();
    expect(kept).toEqual(
      rows
        .filter(keep)
        .map((row) => row.key)
        .sort(),
    );
    expect(pruned).toBe(rows.filter((row) => !keep(row)).length);
    expect(pruned).toBe(5);
  });

  it('lets a page reading save between its small transactions', async () => {
    const { db } = await agedCache();
    const id = workedContact();
    const order: string[] = [];

    await Promise.all([
      pruneExpired(db, NOW, 400, { batch: 1 }).then(() => order.push('pruned')),
      saveReading(db, contactReading(id), NOW, ZONE).then(() => order.push('saved')),
    ]);

    expect(order).toEqual(['saved', 'pruned']);
  });
});

describe('what a view counts', () => {
  it('keeps what the pruning will keep, a page copy a touch logged on another record was merged into included', async () => {
    const { db } = await agedCache();
    // A call logged on a deal, with no contact picked, merged into the contact's page copy 700 days ago.
    const copy = activity(`hubspot:${TENANT}:activity:contact-copy`, 700);
    await db.put(
      'activities',
      activity(`touchline:hubspot:${TENANT}:deal:7:call`, 700, {
        origin: 'logged-in-touchline',
        contactKeys: [],
        dealKeys: [`hubspot:${TENANT}:deal:7`],
        mergedInto: copy.key,
      }),
    );
    const page = [
      copy,
      activity(`hubspot:${TENANT}:activity:old`, 700),
      activity(`hubspot:${TENANT}:activity:new`, 10),
    ];
    expect((await keptActivities(db, page, NOW, 400)).map((a) => a.key)).toEqual([copy.key, page[2]?.key]);
    expect(await keptActivities(db, page, NOW, 3650)).toEqual(page);
  });
});

describe('retention on read', () => {
  it('does not store page items older than the set age again', async () => {
    const db = await freshDb();
    const id = workedContact();
    const reading = contactReading(id);
    const cutoff = NOW.getTime() - 30 * DAY;
    const recent = reading.activities.filter((a) => a.timestamp && Date.parse(a.timestamp) >= cutoff);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(reading.activities.length);

    await saveReadings(db, [{ result: reading, now: NOW, timeZone: ZONE, retentionDays: 30 }]);

    const stored = await db.getAll('activities');
    expect(stored.map((a) => a.sourceId).sort()).toEqual(recent.map((a) => a.sourceId).sort());
  });
});

describe('the daily alarm', () => {
  it('is created once, a day apart, and prunes when it fires', async () => {
    const name = freshName();
    const { db } = await agedCache();
    const seeded = await openTouchlineDb(name);
    for (const row of await db.getAll('activities')) await seeded.put('activities', row);
    seeded.close();
    const listeners: ((alarm: { name: string }) => void)[] = [];
    const alarms = {
      get: vi.fn(async () => undefined),
      create: vi.fn(),
      onAlarm: { addListener: (listener: (alarm: { name: string }) => void) => listeners.push(listener) },
    };
    const notePruned = vi.fn(async () => undefined);
    const deps = {
      settings: () => defaultSettings(ZONE),
      now: () => NOW,
      openDb: () => openTouchlineDb(name),
      notePruned,
    };

    registerRetentionAlarm(alarms, deps);
    await vi.waitFor(() =>
      expect(alarms.create).toHaveBeenCalledWith(RETENTION_ALARM, expect.objectContaining({ periodInMinutes: 1440 })),
    );
    const count = async () => {
      const check = await openTouchlineDb(name);
      const rows = await check.count('activities');
      check.close();
      return rows;
    };
    for (const listener of listeners) listener({ name: 'another-alarm' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await count()).toBe(11);

    for (const listener of listeners) listener({ name: RETENTION_ALARM });

    await vi.waitFor(async () => expect(await count()).toBe(6));
    // The run that deleted rows records its cutoff (the default 400 days before now); one that deleted none does not.
    await vi.waitFor(() => expect(notePruned).toHaveBeenCalledWith(new Date(NOW.getTime() - 400 * DAY).toISOString()));
    expect(await pruneNow(deps)).toBe(0);
    expect(notePruned).toHaveBeenCalledTimes(1);
  });
});
