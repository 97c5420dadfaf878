import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { dealKeyOf, dealPage, viewOf } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

/** A cache that first saw the deal, in Negotiation, 60 days ago and again yesterday. */
async function longKnown() {
  const db = await freshDb();
  await saveReading(db, dealPage([]), daysAgo(60), ZONE);
  await saveReading(db, dealPage([]), daysAgo(1), ZONE);
  return db;
}

async function daysInStage(db: Awaited<ReturnType<typeof freshDb>>) {
  const view = await viewOf(db, dealKeyOf);
  return view.kind === 'deal' ? view.daysInStage : undefined;
}

describe('a backup merged into a browser that read the same deal since', () => {
  it('keeps the backup’s earlier sighting of the current stage: at least 60 days in Negotiation', async () => {
    const { blob } = await exportBackup(await longKnown(), defaultSettings(ZONE), NOW);
    const fresh = await freshDb();
    await saveReading(fresh, dealPage([]), NOW, ZONE);

    const report = await importBackup(fresh, blob, { now: NOW, retentionDays: 400 });

    expect(await daysInStage(fresh)).toBe(60);
    expect(report.updated).toBeGreaterThan(0);
  });

  it('keeps the browser’s earlier sighting when the backup’s copy is the newer one', async () => {
    const early = await freshDb();
    await saveReading(early, dealPage([]), daysAgo(60), ZONE);
    const newer = await freshDb();
    await saveReading(newer, dealPage([]), NOW, ZONE);

    await importBackup(early, (await exportBackup(newer, defaultSettings(ZONE), NOW)).blob, {
      now: NOW,
      retentionDays: 400,
    });

    expect(await daysInStage(early)).toBe(60);
  });

  it('changes nothing when imported a second time', async () => {
    const { blob } = await exportBackup(await longKnown(), defaultSettings(ZONE), NOW);
    const fresh = await freshDb();
    await saveReading(fresh, dealPage([]), NOW, ZONE);
    await importBackup(fresh, blob, { now: NOW, retentionDays: 400 });
    const once = await fresh.getAll('deals');

    const again = await importBackup(fresh, blob, { now: NOW, retentionDays: 400 });

    expect(await fresh.getAll('deals')).toEqual(once);
    expect(again.updated).toBe(0);
  });
});
