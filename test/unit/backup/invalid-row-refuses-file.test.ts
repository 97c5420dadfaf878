/**
 * decisions.md "Backups": "Import validates the whole file first, then writes; an invalid file
 * changes nothing." A backup of 10,000 good activities with one row in the middle that fails its
 * schema (a type Touchline does not know) is an invalid file. By hand: nothing is written (the
 * cache stays empty: 0 contacts, 0 deals, 0 activities) and the message names line 5003 (line 1 is
 * the header, line 2 the settings, lines 3–5002 the first 5,000 good rows).
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_END, BACKUP_FORMAT } from '../../../lib/backup/format';
import { importBackup } from '../../../lib/backup/import-backup';
import type { Activity } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactKey, freshDb, NOW, TENANT, ZONE } from '../db/world-readings';
import { fileOf } from './backup-world';

function pageCall(i: number): Activity {
  return {
    key: `hubspot:${TENANT}:activity:${i}`,
    crm: 'hubspot',
    tenant: TENANT,
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: new Date(NOW.getTime() - (i % 300) * 86_400_000).toISOString(),
    timePrecision: 'minute',
    title: `Call ${i}`,
    automated: false,
    sourceId: String(i),
    contactKeys: [contactKey(1 + (i % 50))],
    dealKeys: [],
    origin: 'page',
  };
}

describe('a backup with one row failing its schema among 10,000 good ones', () => {
  it('writes nothing and names the bad line (decisions.md: an invalid file changes nothing)', async () => {
    const good = Array.from({ length: 10_000 }, (_, i) => ({ store: 'activities', value: pageCall(i) }));
    const bad = { store: 'activities', value: { ...pageCall(99_999), type: 'fax' } };
    const rows = [
      { store: 'settings', value: defaultSettings(ZONE) },
      ...good.slice(0, 5000),
      bad,
      ...good.slice(5000),
    ];
    const file = fileOf([
      { format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString(), databaseVersion: 7, pageTimeZone: ZONE },
      ...rows,
      { format: BACKUP_END, rows: rows.length },
    ]);
    const db = await freshDb();

    await expect(importBackup(db, file, { now: NOW, retentionDays: 400 })).rejects.toThrow(
      /^This backup file has a row Touchline cannot read, so nothing was imported\. Line 5003: activities hubspot:4412345:activity:99999: type: /,
    );

    expect([await db.count('contacts'), await db.count('deals'), await db.count('activities')]).toEqual([0, 0, 0]);
  });
});
