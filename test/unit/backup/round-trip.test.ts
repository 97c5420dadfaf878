import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb, NOW, ZONE } from '../db/world-readings';
import { storedRows, workedCache } from './backup-world';

const settings = { ...defaultSettings(ZONE), motion: 'enterprise' as const };
const deps = { now: NOW, retentionDays: 400 };

describe('a backup taken from one cache and imported into an empty one', () => {
  it('gives back every contact, deal and activity, logged touches and their merge included, before any page is read again', async () => {
    const source = await workedCache();
    const before = await storedRows(source);
    const logged = before.activities.filter((a) => a.origin === 'logged-in-touchline');
    // The world this test claims to carry: two logged touches, one merged; a first-sighting stage entry.
    expect(logged).toHaveLength(2);
    expect(logged.filter((a) => a.mergedInto)).toHaveLength(1);
    expect(before.deals[0]?.stageHistory.some((entry) => entry.firstSeen)).toBe(true);

    const { blob } = await exportBackup(source, settings, NOW);
    const target = await freshDb();
    const report = await importBackup(target, blob, deps);

    expect(await storedRows(target)).toEqual(before);
    const rows = before.contacts.length + before.deals.length + before.activities.length;
    expect(report).toMatchObject({ added: rows, existing: 0, updated: 0, expired: 0 });
  });

  it('changes nothing when the same file is imported twice', async () => {
    const { blob } = await exportBackup(await workedCache(), settings, NOW);
    const target = await freshDb();
    const first = await importBackup(target, blob, deps);
    const after = await storedRows(target);

    const second = await importBackup(target, blob, deps);

    expect(await storedRows(target)).toEqual(after);
    expect(second).toMatchObject({ added: 0, updated: 0, existing: first.added });
  });

  it('restores the settings into an empty cache, and keeps the ones in use when merging into data', async () => {
    const { blob } = await exportBackup(await workedCache(), settings, NOW);
    const saved: unknown[] = [];
    const saveSettings = async (value: unknown) => saved.push(value);
    const target = await freshDb();

    expect((await importBackup(target, blob, { ...deps, saveSettings })).settingsRestored).toBe(true);
    expect((await importBackup(target, blob, { ...deps, saveSettings })).settingsRestored).toBe(false);
    expect(saved).toEqual([settings]);
  });
});
