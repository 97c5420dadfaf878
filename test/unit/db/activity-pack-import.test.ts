import { describe, expect, it } from 'vitest';
import { ACTIVITY_WRITE_STORES, updateActivityPacks } from '../../../lib/db/activity-packs';
import { importActivities } from '../../../lib/db/import-activities';
import { importText } from '../csv-import/import-fixture';
import { importedCall as call } from './imported-call';
import { expectedPacks, stalePackIds, storedPacks } from './pack-oracle';
import { freshDb } from './world-readings';

/** Calls by two reps, one every 5 hours from 2026-08-01: about 60 UTC days per 300 rows. */
function callsFile(rows: number): string {
  const lines = ['Record ID,Call title,Activity date,Activity assigned to,Associated Contact IDs'];
  for (let i = 0; i < rows; i++) {
    const at = new Date(Date.UTC(2026, 7, 1) + i * 5 * 3_600_000);
    const date = `${at.toISOString().slice(0, 10)} ${at.toISOString().slice(11, 16)}`;
    lines.push(`${i + 1},Call ${i},${date},${i % 2 ? 'Dana Reyes' : 'Sam Ito'},${500 + (i % 7)}`);
  }
  return lines.join('\n');
}

describe('a CSV import and the activity packs', () => {
  it('ends with every pack it touched rebuilt from the rows, progress rising to 1 through the rebuild', async () => {
    const db = await freshDb();
    const progress: number[] = [];
    const report = await importText(db, 'hubspot', '123', callsFile(600), {
      batchSize: 100,
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(report).toMatchObject({ added: 600, cancelled: false });
    expect(await stalePackIds(db)).toEqual(new Set());
    const expected = await expectedPacks(db);
    expect(expected.size).toBeGreaterThan(100);
    expect(await storedPacks(db)).toEqual(expected);
    expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] as number))).toBe(true);
    // Rebuilding more than one transaction's packs moves the bar between the rows' share and 1.
    expect(progress.filter((p) => p > 0.9 && p < 1).length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
  });

  it('rebuilds the packs of what was written when cancelled too', async () => {
    const db = await freshDb();
    const controller = new AbortController();
    const report = await importText(db, 'hubspot', '123', callsFile(3000), {
      signal: controller.signal,
      batchSize: 100,
      onProgress: () => controller.abort(),
    });
    expect(report.cancelled).toBe(true);
    expect(report.added).toBeGreaterThan(0);
    expect(await stalePackIds(db)).toEqual(new Set());
    expect(await storedPacks(db)).toEqual(await expectedPacks(db));
  });
});

describe('an import batch marking its packs stale', () => {
  it('marks a pack again when another writer rebuilt it between two batches', async () => {
    const db = await freshDb();
    await importActivities(db, [call(1), call(2)], 'UTC');
    // A page reading of another call on call 1's day: that write rebuilds the stale pack whole.
    const other = { ...call(21), key: 'hubspot:123:activity:page-21', origin: 'page' as const };
    const tx = db.transaction([...ACTIVITY_WRITE_STORES], 'readwrite');
    await tx.objectStore('activities').put(other);
    await updateActivityPacks(tx, [], [other]);
    await tx.done;
    expect((await stalePackIds(db)).size).toBe(1);

    await importActivities(db, [call(11)], 'UTC');

    expect((await stalePackIds(db)).size).toBe(2);
    const expected = await expectedPacks(db);
    const stale = await stalePackIds(db);
    expect(await storedPacks(db)).toEqual(new Map([...expected].filter(([id]) => !stale.has(id))));
    db.close();
  });
});
