import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { DB_VERSION } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb, NOW, ZONE } from '../db/world-readings';
import { storedRows, workedCache } from './backup-world';

/**
 * docs/your-data.md: `databaseVersion` is the cache version that wrote the rows; rows of an older
 * cache are re-keyed on import (keys changed at version 3). A file written by a NEWER cache than
 * this Touchline knows may hold rows keyed or shaped another way, which this version cannot
 * re-key: like a newer format version, it must be refused plainly ("update Touchline") and
 * change nothing, not merged (doubling touches under two key schemes, or dropping fields).
 */
describe('a backup written by a newer cache version', () => {
  it('is refused and changes nothing', async () => {
    const { blob } = await exportBackup(await workedCache(), defaultSettings(ZONE), NOW);
    const text = (await blob.text()).replace(`"databaseVersion":${DB_VERSION}`, `"databaseVersion":${DB_VERSION + 1}`);
    expect(text).toContain(`"databaseVersion":${DB_VERSION + 1}`);
    const db = await freshDb();
    const before = await storedRows(db);
    await expect(importBackup(db, new File([text], 'b.jsonl'), { now: NOW, retentionDays: 400 })).rejects.toThrow(
      /newer|update/i,
    );
    expect(await storedRows(db)).toEqual(before);
  });
});
