/**
 * A cache may hold a row that no longer passes its schema: the version 2 upgrade reports such
 * rows and leaves them as they are (lib/db/migrations.ts), every read skips them (lib/db/rows.ts),
 * and the import lets a valid copy replace one (newer-copy.ts). Export everything wrote the stored
 * rows as they were (lib/backup/export-backup.ts), while the import refuses a whole file with any
 * row failing its schema (decisions.md "Backups"). So the cache's own backup could never be
 * restored: on a new laptop the rep got "nothing was imported" and every contact, deal, activity
 * and logged touch of the old browser was out of reach. The export now leaves such a row out, as
 * the column mappings already were (column-mappings.ts), and says how many from which store.
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import type { TouchlineDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb, NOW, ZONE } from '../db/world-readings';
import { storedRows, workedCache } from './backup-world';

/** A page activity no logged touch was merged into, stored again under another key without its title. */
async function damageACopy(db: TouchlineDb): Promise<string> {
  const before = await storedRows(db);
  const page = before.activities.find(
    (a) => a.origin === 'page' && !before.activities.some((l) => l.mergedInto === a.key),
  );
  if (!page) throw new Error('world has no page activity');
  // A row as an older Touchline left it: no title (reads skip it; the version 2 upgrade kept it).
  const { title: _, ...damaged } = { ...page, key: `${page.key}-old` };
  await db.put('activities', damaged as never);
  return damaged.key;
}

describe('Export everything from a cache holding damaged rows', () => {
  it('gives a file that restores every valid row into a new browser (decisions.md "Backups": round trip)', async () => {
    const source = await workedCache();
    const before = await storedRows(source);
    await damageACopy(source);

    const { blob } = await exportBackup(source, defaultSettings(ZONE), NOW);
    const laptop = await freshDb();
    await importBackup(laptop, blob, { now: NOW, retentionDays: 400 }).catch((error: unknown) => {
      throw new Error(`the cache's own backup was refused: ${String(error)}`);
    });

    const restored = await storedRows(laptop);
    expect(restored.contacts).toEqual(before.contacts);
    expect(restored.deals).toEqual(before.deals);
    expect(restored.activities).toEqual(before.activities);
  });

  it('counts what it left out per store, and writes neither those rows nor them in the end line', async () => {
    const source = await workedCache();
    const valid = await storedRows(source);
    const damagedKey = await damageACopy(source);
    const contact = valid.contacts[0];
    if (!contact) throw new Error('world has no contact');
    await source.put('contacts', { ...contact, key: `${contact.key}-old`, crm: 'zoho' } as never);

    const { blob, rows, leftOut } = await exportBackup(source, defaultSettings(ZONE), NOW);

    expect(leftOut).toEqual({ contacts: 1, activities: 1 });
    const lines = (await blob.text()).trimEnd().split('\n');
    expect(lines.some((line) => line.includes(damagedKey) || line.includes(`${contact.key}-old`))).toBe(false);
    // The settings and every valid row, no mapping remembered.
    const validRows = 1 + valid.contacts.length + valid.deals.length + valid.activities.length;
    expect(rows).toBe(validRows);
    expect(JSON.parse(lines.at(-1) ?? '')).toEqual({ format: 'touchline-backup-end', rows: validRows });
  });

  it('leaves nothing out of a cache whose rows are all valid', async () => {
    expect((await exportBackup(await workedCache(), defaultSettings(ZONE), NOW)).leftOut).toEqual({});
  });
});
