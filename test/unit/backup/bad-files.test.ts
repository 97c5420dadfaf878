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

/** The worked cache's backup with `extra` lines put before its end line (the end's count raised to match). */
async function withLines(extra: readonly unknown[]): Promise<File> {
  const lines = (await backupText()).trimEnd().split('\n');
  const end = JSON.parse(lines.pop() ?? '');
  lines.push(...extra.map((line) => JSON.stringify(line)), JSON.stringify({ ...end, rows: end.rows + extra.length }));
  return new File([lines.join('\n')], 'b.jsonl');
}

async function brokenActivity(n: number) {
  const lines = (await backupText()).split('\n');
  const activity = JSON.parse(lines.find((line) => line.includes('"store":"activities"')) ?? '');
  return {
    store: 'activities',
    value: { ...activity.value, key: `hubspot:4412345:activity:broken-${n}`, type: 'fax' },
  };
}

describe('rows that fail their schema (decisions.md "Backups": an invalid file changes nothing)', () => {
  it('refuse the whole file, naming the line and what is wrong; the valid rows are not imported either', async () => {
    const lineCount = (await backupText()).trimEnd().split('\n').length;
    // The broken row takes the end line's place: its line number is the file's line count.
    await refused(
      await withLines([await brokenActivity(1)]),
      new RegExp(
        `^This backup file has a row Touchline cannot read, so nothing was imported\\. Line ${lineCount}: activities hubspot:4412345:activity:broken-1: type: `,
      ),
    );
  });

  it('name the first five lines and count the rest', async () => {
    const lineCount = (await backupText()).trimEnd().split('\n').length;
    const broken = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(brokenActivity));
    const db = await workedCache();

    const error = await importBackup(db, await withLines(broken), deps).catch((cause: Error) => cause.message);

    expect(error).toMatch(/^This backup file has 7 rows Touchline cannot read, so nothing was imported\./);
    const named = [...String(error).matchAll(/Line (\d+): activities (\S+):/g)].map((m) => [Number(m[1]), m[2]]);
    expect(named).toEqual([1, 2, 3, 4, 5].map((n) => [lineCount + n - 1, `hubspot:4412345:activity:broken-${n}`]));
    expect(error).toMatch(/ And 2 more\.$/);
  });

  it('refuse a line of a kind this Touchline does not know, naming the kind', async () => {
    await refused(
      await withLines([{ store: 'panelLayout', value: { hubspot: 'make-room' } }]),
      /"panelLayout" is not a kind of line this Touchline knows/,
    );
  });
});

describe('a file that is not UTF-8 text', () => {
  it('is refused as not UTF-8, not as a file without a header', async () => {
    // "Müller" in Latin-1: 0xFC is no UTF-8 sequence.
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{"name":"M'),
      0xfc,
      ...new TextEncoder().encode('ller"}\n'),
    ]);
    await refused(new File([latin1], 'contacts.json'), /^This file is not UTF-8 text/);
  });
});
