/**
 * A rep restores a backup; the tab closes before the import finishes, leaving the mark that lets
 * the same file finish the restore (restore-pending.ts). The rep then erases everything and works
 * on: pages are read again. Weeks later they import that old file to get its logged touches back.
 * By hand (docs/your-data.md: the backup's settings are restored only into an empty cache; a
 * restore left unfinished is finished by importing the same file again): the cache is not empty
 * and the unfinished restore was erased with everything, so this import is a merge and the settings
 * in use stay. The mark used to outlive the erase, and the import replaced the settings and column
 * mappings in use with the old file's.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { eraseScope } from '../../../lib/db/erase';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, call, contactPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';
import { workedCache } from './backup-world';

const cut = vi.hoisted(() => ({ now: false }));
vi.mock('../../../lib/backup/merge-after-import', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/backup/merge-after-import')>();
  return {
    ...real,
    mergeAfterImport: (...args: Parameters<typeof real.mergeAfterImport>) => {
      if (cut.now) return Promise.reject(new Error('the tab was closed'));
      return real.mergeAfterImport(...args);
    },
  };
});

beforeEach(() => fakeBrowser.reset());

describe('a restore cut off, then everything erased, then the same file imported', () => {
  it('merges the file and keeps the settings in use', async () => {
    const { blob } = await exportBackup(await workedCache(), { ...defaultSettings(ZONE), retentionDays: 1000 }, NOW);
    const here = await freshDb();
    const restored: Record<string, unknown>[] = [];
    const deps = {
      now: NOW,
      retentionDays: 400,
      saveSettings: async (settings: Record<string, unknown>) => restored.push(settings),
    };

    cut.now = true;
    await expect(importBackup(here, blob, deps)).rejects.toThrow();
    cut.now = false;
    expect(restored).toHaveLength(1);

    await eraseScope(here, { kind: 'all' });
    await saveReading(here, contactPage(ANA, [call('2026-11-19T10:00:00.000Z', { sourceId: 'call-9' })]), NOW, ZONE);
    const report = await importBackup(here, blob, deps);

    expect(report.settingsRestored).toBe(false);
    expect(restored).toHaveLength(1);
  });
});
