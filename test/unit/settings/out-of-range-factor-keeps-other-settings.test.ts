/**
 * docs/settings.md: "A stored value that no longer passes the schema falls back to its default
 * alone." A stalled factor out of range (12×, above the 10× limit, as a newer Touchline or a hand
 * edit may store) falls back to its default 2×, which is not above a stored watch factor of 3×: the
 * rule across the two fails. Then the two factors fall back together and every other stored value
 * is kept; before, every value fell back to its default, and the retention of 3650 days became 400
 * (the next daily pruning deletes about nine years of activities). Restoring a backup's settings
 * (components/options/data/data-deps.ts restoreSettings) goes through the same function.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserDataDeps } from '../../../components/options/data/data-deps';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import { loadSettings, settingsFrom } from '../../../lib/settings/storage';
import { workedCache } from '../backup/backup-world';
import { freshDb, NOW, ZONE } from '../db/world-readings';

beforeEach(() => fakeBrowser.reset());

const stored = {
  motion: 'enterprise',
  period: '90d',
  followUpDays: 21,
  businessDays: false,
  countAutomated: false,
  countCompletedTasks: true,
  defaultStageDays: 30,
  watchFactor: 3,
  stalledFactor: 12,
  timeZone: 'Europe/Berlin',
  retentionDays: 3650,
  yourNames: { hubspot: 'Dana Rep' },
};

/** Every value but the two factors, as stored. */
const OTHERS = {
  motion: 'enterprise',
  period: '90d',
  followUpDays: 21,
  businessDays: false,
  countAutomated: false,
  countCompletedTasks: true,
  defaultStageDays: 30,
  timeZone: 'Europe/Berlin',
  retentionDays: 3650,
  yourNames: { hubspot: 'Dana Rep' },
};

describe('stored settings with a factor out of range', () => {
  it('keep every other stored value; the watch and stalled factors fall back together when the default breaks their rule', () => {
    expect(settingsFrom(stored)).toMatchObject({ ...OTHERS, watchFactor: 1.5, stalledFactor: 2 });
  });

  it('keep the other factor when its default still keeps the rule (only the bad value falls back)', () => {
    expect(settingsFrom({ ...stored, watchFactor: 1.2 })).toMatchObject({
      ...OTHERS,
      watchFactor: 1.2,
      stalledFactor: 2,
    });
  });

  it('keep every other stored value when the two factors are each in range but stalled is not above watch', () => {
    expect(settingsFrom({ ...stored, stalledFactor: 2.5 })).toMatchObject({
      ...OTHERS,
      watchFactor: 1.5,
      stalledFactor: 2,
    });
  });
});

describe('a backup whose settings hold a stalled factor out of range, restored into a new browser', () => {
  it('restores every other setting, the retention of 3650 days included', async () => {
    const backupSettings = { ...defaultSettings(ZONE), ...stored } as Settings;
    const { blob } = await exportBackup(await workedCache(), backupSettings, NOW);

    await importBackup(await freshDb(), blob, {
      now: NOW,
      retentionDays: 400,
      saveSettings: browserDataDeps.restoreSettings,
    });

    expect(await loadSettings()).toMatchObject({ ...OTHERS, watchFactor: 1.5, stalledFactor: 2 });
  });
});
