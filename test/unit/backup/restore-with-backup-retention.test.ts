import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, contactPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

/**
 * Restoring into a new browser brings the backup's settings back, its retention with them: the
 * rows are written under that retention, not the new browser's default, or the restore itself
 * would drop for good every activity older than the default that the backup kept.
 */
describe('a backup restored into a new browser (empty cache, default settings)', () => {
  it('brings back every activity the backup kept under its own, longer retention', async () => {
    const old = await freshDb();
    const sevenHundredDaysAgo = new Date(NOW.getTime() - 700 * 86_400_000).toISOString();
    await saveReading(
      old,
      contactPage(ANA, [
        call(sevenHundredDaysAgo, { sourceId: 'call-old' }),
        call('2026-11-19T14:00:00.000Z', { sourceId: 'call-new' }),
      ]),
      NOW,
      ZONE,
    );
    const { blob } = await exportBackup(old, { ...defaultSettings(ZONE), retentionDays: 3650 }, NOW);

    const fresh = await freshDb();
    const restored: Record<string, unknown>[] = [];
    const report = await importBackup(fresh, blob, {
      now: NOW,
      retentionDays: defaultSettings(ZONE).retentionDays,
      saveSettings: async (settings) => restored.push(settings),
    });

    expect(report).toMatchObject({ settingsRestored: true, added: 3, expired: 0 });
    expect(restored.map((settings) => settings.retentionDays)).toEqual([3650]);
    expect(await fresh.getAllFromIndex('activities', 'byContact', anaKey)).toHaveLength(2);
  });
});
