/**
 * decisions.md / issue 14: re-importing the same file changes nothing. A HubSpot calls export
 * without its Record ID column, imported with the laptop in New York and again after the manager
 * flew to Los Angeles: the file's clock times are the exporting HubSpot user's, so both imports
 * read them in New York, the zone the account's exports were first read in, and remember it with
 * the account's column mapping (which backups carry).
 * By hand: 2026-11-19 10:15 and 2026-11-17 16:40 in New York (UTC-5 in November) are 15:15 and
 * 21:40 UTC; in Los Angeles (UTC-8) 10:15 is 18:15 UTC.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mappingRows } from '../../../lib/backup/column-mappings';
import { loadMapping, saveMapping } from '../../../lib/csv-import/mapping-store';
import { dump, freshDb, importText } from './import-fixture';

beforeEach(() => fakeBrowser.reset());

const PORTAL = '6081422';
const NOW = new Date('2026-11-20T15:00:00Z');
const CSV = [
  'Call title,Activity date,Activity assigned to,Call direction,Call outcome,Associated Contact,Associated Contact IDs',
  'Call with Maya Chen,2026-11-19 10:15,Sam Rivera,Outbound,Connected,Maya Chen,4101',
  'Call with Maya Chen,2026-11-17 16:40,Sam Rivera,Outbound,No answer,Maya Chen,4101',
].join('\n');
const at = (timeZone: string) => ({ clock: { now: NOW, timeZone } });
const times = async (db: Awaited<ReturnType<typeof freshDb>>) => (await dump(db)).map((a) => a.timestamp).sort();

describe('the same export without ids imported again with the browser in another zone', () => {
  it("is read in the zone of the account's first import: the same 2 calls, nothing added", async () => {
    const db = await freshDb();
    const first = await importText(db, 'hubspot', PORTAL, CSV, at('America/New_York'));
    const again = await importText(db, 'hubspot', PORTAL, CSV, at('America/Los_Angeles'));
    expect([first.added, again.added]).toEqual([2, 0]);
    expect(await times(db)).toEqual(['2026-11-17T21:40:00.000Z', '2026-11-19T15:15:00.000Z']);
  });

  it("an account with no import before is read in the browser's zone, and keeps it", async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', PORTAL, CSV, at('America/New_York'));
    await importText(db, 'hubspot', '7777777', CSV, at('America/Los_Angeles'));
    const other = (await dump(db)).filter((a) => a.key.includes('7777777')).map((a) => a.timestamp);
    expect(other.sort()).toEqual(['2026-11-18T00:40:00.000Z', '2026-11-19T18:15:00.000Z']);
    expect([
      (await loadMapping('hubspot', PORTAL))?.timeZone,
      (await loadMapping('hubspot', '7777777'))?.timeZone,
    ]).toEqual(['America/New_York', 'America/Los_Angeles']);
  });

  it('the columns the form saves before the next import keep the zone, and a backup carries it', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', PORTAL, CSV, at('America/New_York'));
    // The form remembers the columns (toSaved, no zone in them) before each import.
    await saveMapping('hubspot', PORTAL, { columns: { 'activity date': 'date' } });
    expect(await loadMapping('hubspot', PORTAL)).toEqual({
      columns: { 'activity date': 'date' },
      timeZone: 'America/New_York',
    });
    const again = await importText(db, 'hubspot', PORTAL, CSV, at('Asia/Tokyo'));
    expect(again.added).toBe(0);
    const lines = (await mappingRows()).map((r) => [
      r.store,
      r.tenant,
      r.store === 'csvMapping' ? r.value.timeZone : '',
    ]);
    expect(lines).toEqual([['csvMapping', PORTAL, 'America/New_York']]);
  });
});
