/**
 * A rep's browser ran with a 30-day retention, so a daily run pruned and noted its cutoff
 * (settings.prunedBefore). The rep erases everything and restores the backup of their other laptop,
 * kept under 400 days. Every activity of the backup is stored, but the erased cache's pruning mark
 * used to survive the restore (saveSettings keeps the later mark: withLatestPruneMark), so the team
 * page said Touchline holds activities only from 30 days ago and withheld the early warning for
 * every rep (reachesPastKept). Erasing everything now drops the mark (lib/db/erase-outside-db.ts):
 * nothing of what was pruned is left, and the restored backup's settings are in force.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserDataDeps } from '../../../components/options/data/data-deps';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { eraseScope } from '../../../lib/db/erase';
import { retentionCutoff } from '../../../lib/db/retention-rule';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { keptFrom, reachesPastKept } from '../../../lib/settings/kept-from';
import { loadSettings, notePruneRun, saveSettings } from '../../../lib/settings/storage';
import { workedCache } from '../backup/backup-world';
import { ANA, anaKey, call, contactPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

beforeEach(() => fakeBrowser.reset());

describe('erasing everything, then restoring a backup made under a longer retention', () => {
  it('holds the restored activities from the backup’s retention, not from the erased cache’s old pruning', async () => {
    // This browser: 30 days, pruned yesterday.
    await saveSettings({ ...defaultSettings(ZONE), retentionDays: 30 });
    await notePruneRun(retentionCutoff(daysAgo(1), 30));
    const here = await workedCache();
    await eraseScope(here, { kind: 'all' });
    expect((await loadSettings()).prunedBefore).toBeUndefined();
    expect((await loadSettings()).retentionDays).toBe(30);

    // The other laptop: 400 days, a call with Ana 60 days ago.
    const laptop = await freshDb();
    await saveReading(laptop, contactPage(ANA, [call(daysAgo(60).toISOString(), { sourceId: 'call-60' })]), NOW, ZONE);
    const { blob } = await exportBackup(laptop, { ...defaultSettings(ZONE), retentionDays: 400 }, NOW);

    const inUse = await loadSettings();
    const report = await importBackup(here, blob, {
      now: NOW,
      timeZone: inUse.timeZone,
      retentionDays: inUse.retentionDays,
      saveSettings: browserDataDeps.restoreSettings,
    });

    expect(report.settingsRestored).toBe(true);
    expect(await here.getAllFromIndex('activities', 'byContact', anaKey)).toHaveLength(1);
    const restored = await loadSettings();
    expect(restored.retentionDays).toBe(400);
    // With the erased cache's mark kept: 31 days ago, and the early warning's 35 days "reach past" it.
    expect(keptFrom(restored, NOW).toISOString()).toBe(retentionCutoff(NOW, 400));
    expect(reachesPastKept(daysAgo(35), restored, NOW)).toBe(false);
  });
});
