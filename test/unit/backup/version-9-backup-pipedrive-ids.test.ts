import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { DB_VERSION } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from '../db/world-readings';
import { activity } from '../metrics/builders';

/**
 * A backup written before database version 10 holds Pipedrive activities imported from an export
 * under their bare id ("302", key `pipedrive:acme:activity:302`); the page reader gives the same
 * activity `activity:302`. Restored into a cache that read the activity on its page, it is one
 * touch, as the version 10 upgrade makes it in a stored cache.
 */
const NOW = new Date('2026-11-20T15:00:00.000Z');
const readerForm: Activity = activity({
  key: 'pipedrive:acme:activity:activity:302',
  crm: 'pipedrive',
  tenant: 'acme',
  type: 'email',
  title: 'Send deck',
  timestamp: '2026-11-17T10:00:00.000Z',
  sourceId: 'activity:302',
  contactKeys: ['pipedrive:acme:person:61'],
});

async function version9File(): Promise<File> {
  const source = await freshDb();
  await source.put('activities', { ...readerForm, origin: 'import' });
  const { blob } = await exportBackup(source, defaultSettings('UTC'), NOW);
  const text = (await blob.text())
    .replace(`"databaseVersion":${DB_VERSION}`, '"databaseVersion":9')
    .replaceAll('activity:activity:302', 'activity:302')
    .replace('"sourceId":"activity:302"', '"sourceId":"302"');
  expect(text).toContain('"sourceId":"302"');
  return new File([text], 'backup.jsonl');
}

describe('a backup written by database version 9 with an imported Pipedrive activity', () => {
  it("restores it under the page reader's id, and into a cache holding the page's copy as one row", async () => {
    const empty = await freshDb();
    await importBackup(empty, await version9File(), { now: NOW, retentionDays: 400 });
    expect(await empty.getAllKeys('activities')).toEqual([readerForm.key]);

    const read = await freshDb();
    await read.put('activities', readerForm);
    await importBackup(read, await version9File(), { now: NOW, retentionDays: 400 });
    const rows = await read.getAll('activities');
    expect(rows.map((row) => [row.key, row.sourceId])).toEqual([[readerForm.key, 'activity:302']]);
  });
});
