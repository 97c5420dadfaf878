/**
 * A rep moves to a new laptop and restores the backup; the options tab is closed (or the browser
 * quits) before the import finishes, after its chunks were written. The rep imports the same file
 * again. By hand: the second import must leave the laptop as one complete restore does: every row,
 * and the backup's settings (yourNames, cadences, retention 1000 days) in use
 * (docs/your-data.md: "The backup's settings are restored only into an empty cache (a new browser,
 * or after erasing everything)"; decisions.md "Backups (settings and data)"; the brief: "importing a
 * file twice never duplicates or loses").
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb, NOW, ZONE } from '../db/world-readings';
import { storedRows, workedCache } from './backup-world';

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

// The mark of a restore under way lives in storage.local: each test starts without one.
beforeEach(() => fakeBrowser.reset());

const backupSettings = { ...defaultSettings(ZONE), retentionDays: 1000, yourNames: { hubspot: 'Dana Reyes' } };

/** A laptop with the default settings in use; `inUse` is what a restore saved. */
function laptopSettings() {
  const state = { inUse: defaultSettings(ZONE) as Record<string, unknown> };
  const deps = {
    now: NOW,
    retentionDays: 400,
    saveSettings: async (value: Record<string, unknown>) => {
      state.inUse = value;
    },
  };
  return { state, deps };
}

describe('a restore into a new browser that was cut off, then imported again', () => {
  it('restores the backup’s settings (your names, retention) on the second try, as an uninterrupted restore does (your-data.md: settings restored into a new browser)', async () => {
    const source = await workedCache();
    const before = await storedRows(source);
    const { blob } = await exportBackup(source, backupSettings, NOW);
    const laptop = await freshDb();
    const { state, deps } = laptopSettings();

    cut.now = true;
    await expect(importBackup(laptop, blob, deps)).rejects.toThrow();
    cut.now = false;
    state.inUse = defaultSettings(ZONE);
    const report = await importBackup(laptop, blob, deps);

    expect(await storedRows(laptop)).toEqual(before);
    expect(report.settingsRestored).toBe(true);
    expect(state.inUse).toMatchObject({ retentionDays: 1000, yourNames: { hubspot: 'Dana Reyes' } });
  });

  it('has the backup’s settings in use already when cut off, so the daily pruning keeps what the restore wrote under 1000 days', async () => {
    const { blob } = await exportBackup(await workedCache(), backupSettings, NOW);
    const { state, deps } = laptopSettings();

    cut.now = true;
    await expect(importBackup(await freshDb(), blob, deps)).rejects.toThrow();
    cut.now = false;

    expect(state.inUse).toMatchObject({ retentionDays: 1000, yourNames: { hubspot: 'Dana Reyes' } });
  });

  it('is a merge, keeping the settings in use, once a restore of the file has finished', async () => {
    const { blob } = await exportBackup(await workedCache(), backupSettings, NOW);
    const laptop = await freshDb();
    const { state, deps } = laptopSettings();
    await importBackup(laptop, blob, deps);
    state.inUse = { ...backupSettings, retentionDays: 200 };

    const report = await importBackup(laptop, blob, deps);

    expect(report.settingsRestored).toBe(false);
    expect(state.inUse).toMatchObject({ retentionDays: 200 });
  });
});
