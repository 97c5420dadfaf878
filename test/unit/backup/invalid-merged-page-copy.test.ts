/**
 * The rep logged a connected call with Ana at 14:00 on the laptop; Ana's page then showed the
 * call, so the logged touch merged into the page copy (1 call, connected). The backup's line of
 * that page copy fails its schema (here: an outcome value this Touchline does not know, as a
 * newer Touchline or a hand edit may write). The rep restores the file into a new browser.
 * By hand (decisions.md "Backups": "an invalid file changes nothing"): the file is refused, naming
 * the page copy's line (line 1 the header, 2 the settings, 3 Ana, then the activities in key
 * order: the page copy `hubspot:…` before the logged touch `touchline:…`, so line 4), and nothing
 * is written. Never a logged call pointing at a copy that was left out (Ana at 0 calls).
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, call, callsOn, contactPage } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const AT = '2026-11-20T14:00:00.000Z';

describe('a backup whose merged page copy fails its schema, restored into a new browser', () => {
  it('is refused with nothing written, rather than bringing the logged call without the copy it points at', async () => {
    const source = await freshDb();
    await saveReading(source, contactPage(ANA, []), at(-10), ZONE, ZONE);
    await logTouch(source, { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected' }, at(0));
    await saveReading(source, contactPage(ANA, [call(AT, { sourceId: 'call-9' })]), at(5), ZONE, ZONE);
    expect(await callsOn(source, anaKey)).toBe(1);
    const logged = (await source.getAll('activities')).find((a) => a.origin === 'logged-in-touchline');
    expect(logged?.mergedInto).toBeDefined();

    const text = await (await exportBackup(source, defaultSettings(ZONE), at(6))).blob.text();
    const damaged = text
      .split('\n')
      .map((line) => {
        if (!line.includes('"store":"activities"')) return line;
        const row = JSON.parse(line);
        if (row.value.key !== logged?.mergedInto) return line;
        return JSON.stringify({ ...row, value: { ...row.value, outcome: 'left-message' } });
      })
      .join('\n');
    const laptop = await freshDb();

    await expect(
      importBackup(laptop, new File([damaged], 'b.jsonl'), { now: at(7), retentionDays: 400 }),
    ).rejects.toThrow(/nothing was imported\. Line 4: activities hubspot:\S+: outcome: /);

    expect([await laptop.count('contacts'), await laptop.count('activities')]).toEqual([0, 0]);
  });
});
