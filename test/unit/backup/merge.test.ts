import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { BACKUP_END, BACKUP_FORMAT } from '../../../lib/backup/format';
import { importBackup } from '../../../lib/backup/import-backup';
import { updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { activityKey } from '../../../lib/keys';
import type { Activity } from '../../../lib/schema/activity';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactKey, freshDb, NOW, TENANT, ZONE } from '../db/world-readings';
import { fileOf, storedRows, workedCache } from './backup-world';

const deps = { now: NOW, retentionDays: 400 };
const settings = defaultSettings(ZONE);
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

async function loggedOf(db: Awaited<ReturnType<typeof workedCache>>) {
  return (await db.getAll('activities')).filter((a) => a.origin === 'logged-in-touchline');
}

describe('merging a backup into a cache that has moved on', () => {
  it('never lets an older copy of a logged touch overwrite the one edited since', async () => {
    const db = await workedCache();
    const { blob: older } = await exportBackup(db, settings, NOW);
    const [touch] = await loggedOf(db);
    if (!touch) throw new Error('no logged touch');
    await updateLoggedTouch(db, touch.key, { note: 'Edited after the backup' }, later(5), ZONE);
    const edited = await storedRows(db);

    const report = await importBackup(db, older, deps);

    expect(await storedRows(db)).toEqual(edited);
    expect(report.updated).toBe(0);
  });

  it('takes a newer copy of a logged touch and of a record from the file', async () => {
    const db = await workedCache();
    const [touch] = await loggedOf(db);
    if (!touch) throw new Error('no logged touch');
    const copy = await freshDb();
    await importBackup(copy, (await exportBackup(db, settings, NOW)).blob, deps);
    await updateLoggedTouch(db, touch.key, { note: 'Edited later' }, later(5), ZONE);
    const [contact] = await db.getAll('contacts');
    if (!contact) throw new Error('no contact');
    await db.put('contacts', { ...contact, company: 'Renamed Ltd', lastReadAt: later(6).toISOString() });

    const report = await importBackup(copy, (await exportBackup(db, settings, later(7))).blob, deps);

    expect(report.updated).toBe(2);
    expect((await copy.get('activities', touch.key))?.note).toBe('Edited later');
    expect((await copy.get('contacts', contact.key))?.company).toBe('Renamed Ltd');
  });

  it('does not store activities past retention again, but keeps logged touches of any age', async () => {
    const old = new Date(NOW.getTime() - 500 * 86_400_000).toISOString();
    const base = {
      crm: 'hubspot' as const,
      tenant: TENANT,
      type: 'call' as const,
      channel: 'call' as const,
      direction: 'outbound' as const,
      timestamp: old,
      title: 'Old call',
      automated: false,
      contactKeys: [contactKey(1)],
      dealKeys: [],
    };
    const page: Activity = { ...base, key: `hubspot:${TENANT}:activity:old`, origin: 'page', sourceId: 'old' };
    const logged: Activity = { ...base, key: `touchline:${contactKey(1)}:${old}:n`, origin: 'logged-in-touchline' };
    const db = await freshDb();

    const report = await importBackup(db, backupOf(3, [page, logged]), deps);

    expect(report).toMatchObject({ added: 1, expired: 1 });
    expect((await db.getAll('activities')).map((a) => a.key)).toEqual([logged.key]);
  });
});

describe('a backup from before the key change (database version 2)', () => {
  it('is re-keyed on import, and its merged logged touch follows its page copy', async () => {
    const oldKey = `hubspot:${TENANT}:activity:h0123456789abcdef`;
    const page: Activity = {
      key: oldKey,
      crm: 'hubspot',
      tenant: TENANT,
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-11-18T17:05:00.000Z',
      title: 'Call with the buyer',
      automated: false,
      contactKeys: [contactKey(1)],
      dealKeys: [],
      origin: 'page',
    };
    const logged: Activity = {
      ...page,
      key: `touchline:${contactKey(1)}:2026-11-18T17:00:00.000Z:n`,
      origin: 'logged-in-touchline',
      mergedInto: oldKey,
    };
    const db = await freshDb();

    await importBackup(db, backupOf(2, [page, logged]), deps);

    const newKey = activityKey('hubspot', TENANT, contactKey(1), page, ZONE);
    expect(newKey).not.toBe(oldKey);
    expect((await db.getAll('activities')).map((a) => a.key).sort()).toEqual([newKey, logged.key].sort());
    expect((await db.get('activities', logged.key))?.mergedInto).toBe(newKey);
    expect((await db.get('activities', newKey))?.timePrecision).toBe('minute');
  });
});

function backupOf(databaseVersion: number, activities: Activity[]): File {
  return fileOf([
    { format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString(), databaseVersion, pageTimeZone: ZONE },
    ...activities.map((value) => ({ store: 'activities', value })),
    { format: BACKUP_END, rows: activities.length },
  ]);
}
