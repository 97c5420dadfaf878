import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { BACKUP_MAX_BYTES } from '../../../lib/backup/format';
import { importBackup } from '../../../lib/backup/import-backup';
import { defaultSettings } from '../../../lib/schema/settings';
import { NOW, ZONE } from '../db/world-readings';
import { fileOf, storedRows, workedCache } from './backup-world';

const deps = { now: NOW, retentionDays: 400 };

async function backupText(): Promise<string> {
  const { blob } = await exportBackup(await workedCache(), defaultSettings(ZONE), NOW);
  return blob.text();
}

/** Imports `file` into a worked cache and expects the message and an unchanged cache. */
async function refused(file: Blob, message: RegExp) {
  const db = await workedCache();
  const before = await storedRows(db);
  await expect(importBackup(db, file, deps)).rejects.toThrow(message);
  expect(await storedRows(db)).toEqual(before);
}

describe('a file that is not a usable backup changes nothing and says why', () => {
  it('refuses a file that is not JSON', async () => {
    await refused(new File(['name,email\nAda,ada@example.com\n'], 'contacts.csv'), /not a Touchline backup/);
  });

  it('refuses JSON that is not a Touchline backup', async () => {
    await refused(fileOf([{ contacts: [] }]), /not a Touchline backup/);
  });

  it('refuses a backup of another format version, naming it', async () => {
    const text = (await backupText()).replace('"version":1', '"version":2');
    await refused(new File([text], 'b.jsonl'), /newer Touchline \(format version 2\)/);
  });

  it('refuses a file cut short in the middle of a line', async () => {
    const text = await backupText();
    await refused(new File([text.slice(0, Math.floor(text.length / 2))], 'b.jsonl'), /cut short/);
  });

  it('refuses a file cut short at a line break (its end line is missing)', async () => {
    const lines = (await backupText()).split('\n');
    await refused(new File([`${lines.slice(0, 5).join('\n')}\n`], 'b.jsonl'), /truncated/);
  });

  it('refuses a file with lines missing before its end line', async () => {
    const lines = (await backupText()).split('\n');
    lines.splice(3, 1);
    await refused(new File([lines.join('\n')], 'b.jsonl'), /truncated/);
  });

  it('refuses a file over 200 MB before reading it', async () => {
    const huge = { size: BACKUP_MAX_BYTES + 1, slice: () => new Blob(['{}']) } as unknown as Blob;
    await refused(huge, /larger than 200 MB/);
  });

  it('refuses an empty file', async () => {
    await refused(new File([], 'empty.jsonl'), /empty/);
  });
});

describe('rows that fail their schema', () => {
  it('are left out and reported with their reason; the valid rows are imported', async () => {
    const db = await workedCache();
    const { blob } = await exportBackup(db, defaultSettings(ZONE), NOW);
    const lines = (await blob.text()).trimEnd().split('\n');
    const activity = JSON.parse(lines.find((line) => line.includes('"store":"activities"')) ?? '');
    const broken = {
      store: 'activities',
      value: { ...activity.value, key: 'hubspot:4412345:activity:broken', type: 'fax' },
    };
    const end = JSON.parse(lines.pop() ?? '');
    lines.push(JSON.stringify(broken), JSON.stringify({ ...end, rows: end.rows + 1 }));
    const before = await storedRows(db);

    const report = await importBackup(db, new File([lines.join('\n')], 'b.jsonl'), deps);

    expect(report.invalid).toBe(1);
    expect(report.reasons[0]).toMatch(/^Line \d+: activities hubspot:4412345:activity:broken: type/);
    expect(report).toMatchObject({ added: 0, updated: 0 });
    expect(await storedRows(db)).toEqual(before);
  });
});
