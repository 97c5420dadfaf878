import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { pruneExpired } from '../../../lib/db/retention';
import { retentionCutoff } from '../../../lib/db/retention-rule';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { CLOCK, dump, freshDb, importText } from './import-fixture';
import { readContactPage } from './page-copy';

/**
 * your-data.md: "Touches the CRM already shows (merged with a page touch) are left out" of the
 * export; touches logged in Touchline "(and the page copy one was merged into) are kept until you
 * erase them". With retention at 30 days a rep logs a call made 40 days ago, enters it in the CRM,
 * and the manager imports the CRM's export: its copy of the call is past retention, yet it is the
 * copy the logged call merges with (metrics.md "Logged in Touchline"), or the export would offer
 * the CRM its own call again.
 */
const JORDAN = { crm: 'hubspot', tenant: '123', recordId: '501' } as const;
const JORDAN_KEY = 'hubspot:123:contact:501';
const HEADER = 'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs';
// NOW is 2026-11-20T15:00Z; the cutoff 30 days before is 2026-10-21T15:00Z.
const CUTOFF = retentionCutoff(CLOCK.now, 30);
// 40 days back, 2026-10-11 11:00 in Berlin (summer time, UTC+2).
const LOGGED_AT = '2026-10-11T09:00:00.000Z';

async function jordanWithForgottenCall(): Promise<TouchlineDb> {
  const db = await freshDb();
  await readContactPage(db, JORDAN, []);
  await logTouch(db, { recordKey: JORDAN_KEY, channel: 'call', timestamp: LOGGED_AT }, CLOCK.now);
  return db;
}

const offered = async (db: TouchlineDb) =>
  (await loggedTouchesCsv(db, CLOCK.timeZone, CLOCK.now)).reduce((n, f) => n + f.rows, 0);

describe('importing the CRM copy of a forgotten call logged 40 days back, retention at 30 days', () => {
  it('stores the copy the logged call merges with, drops the other old row, and the call is not offered to the CRM again', async () => {
    const db = await jordanWithForgottenCall();
    const report = await importText(
      db,
      'hubspot',
      '123',
      [
        HEADER,
        '90001,Forgotten call,2026-10-11 11:05,Dana Reyes,Outbound,501',
        '90002,Older call,2026-10-01 10:00,Dana Reyes,Outbound,501',
        '90003,Recent call,2026-11-19 10:00,Dana Reyes,Outbound,501',
      ].join('\n'),
      { retentionCutoff: CUTOFF },
    );
    expect(report).toMatchObject({ rows: 3, added: 2, tooOld: 1 });
    expect((await dump(db)).flatMap((a) => (a.sourceId ? [a.sourceId] : [])).sort()).toEqual(['90001', '90003']);
    const logged = (await dump(db)).find((a) => a.origin === 'logged-in-touchline');
    expect(logged?.mergedInto).toBe('hubspot:123:activity:90001');
    expect(await offered(db)).toBe(0);
    // The copy is the merge target: the daily pruning keeps it.
    await pruneExpired(db, CLOCK.now, 30);
    expect(await db.get('activities', 'hubspot:123:activity:90001')).toBeDefined();
  });

  it('with no logged touch that day, the old row is still not stored', async () => {
    const db = await jordanWithForgottenCall();
    const report = await importText(
      db,
      'hubspot',
      '123',
      [HEADER, '90004,Other call,2026-10-12 11:05,Dana Reyes,Outbound,501'].join('\n'),
      { retentionCutoff: CUTOFF },
    );
    expect(report).toMatchObject({ rows: 1, added: 0, tooOld: 1 });
    expect(await db.get('activities', 'hubspot:123:activity:90004')).toBeUndefined();
    expect(await offered(db)).toBe(1);
  });
});
