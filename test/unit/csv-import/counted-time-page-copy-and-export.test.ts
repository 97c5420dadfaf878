import { describe, expect, it } from 'vitest';
import type { ActivityReading } from '../../../lib/schema/activity';
import { dump, freshDb, importText } from './import-fixture';
import { contactView, readContactPage } from './page-copy';

/**
 * The page, read at 16:00 Berlin (15:00Z), dates today's calls by counts ("2 hours ago": a time
 * worked out from a count, `relativeTime`, standing for up to an hour before). The HubSpot export the
 * manager then imports has each call's exact time. decisions.md "Keys and time": a counted time moves
 * between visits; "Import of CRM exports": page and CSV copies of one touch merge. Which counted copy a
 * shown time belongs to must be plain, as for the same-day row (lib/db/same-day-row.ts).
 */
const JORDAN = { crm: 'hubspot', tenant: '123', recordId: '501' } as const;
const JORDAN_KEY = 'hubspot:123:contact:501';
const HEADER = 'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs';

const countedCall = (timestamp: string): ActivityReading => ({
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp,
  timePrecision: 'minute',
  relativeTime: true,
  title: 'Discovery call',
  automated: false,
});

describe('a call the page dated "2 hours ago", exported with its exact time', () => {
  it('is one call on the contact panel, the report says it was already there, and the call takes the exported time', async () => {
    const db = await freshDb();
    await readContactPage(db, JORDAN, [countedCall('2026-11-20T13:00:00.000Z')]);
    const report = await importText(
      db,
      'hubspot',
      '123',
      [HEADER, '90001,Discovery call,2026-11-20 13:25,Dana Reyes,Outbound,501'].join('\n'),
    );
    expect((await contactView(db, JORDAN_KEY)).touches.byChannel.call).toBe(1);
    expect([report.added, report.existing]).toEqual([0, 1]);
    // 13:25 Berlin is 12:25Z: the time shown replaces the one worked out from the count.
    const [call] = await dump(db);
    expect(call).toMatchObject({ timestamp: '2026-11-20T12:25:00.000Z', timePrecision: 'minute' });
    expect(call?.relativeTime).toBeUndefined();
  });

  it('two exported calls of that title 25 minutes apart, one counted on the page: 2 calls, never merged into one', async () => {
    const db = await freshDb();
    await readContactPage(db, JORDAN, [countedCall('2026-11-20T13:00:00.000Z')]);
    const report = await importText(
      db,
      'hubspot',
      '123',
      [
        HEADER,
        '90001,Discovery call,2026-11-20 13:25,Dana Reyes,Outbound,501',
        '90002,Discovery call,2026-11-20 13:50,Dana Reyes,Outbound,501',
      ].join('\n'),
    );
    expect((await contactView(db, JORDAN_KEY)).touches.byChannel.call).toBe(2);
    expect([report.added, report.existing]).toEqual([1, 1]);
  });

  it('with two counted calls of that title within the drift, the exported time goes to neither (which one is unknowable)', async () => {
    const db = await freshDb();
    await readContactPage(db, JORDAN, [
      countedCall('2026-11-20T13:00:00.000Z'),
      countedCall('2026-11-20T13:30:00.000Z'),
    ]);
    const report = await importText(
      db,
      'hubspot',
      '123',
      [HEADER, '90001,Discovery call,2026-11-20 13:25,Dana Reyes,Outbound,501'].join('\n'),
    );
    expect([report.added, report.existing]).toEqual([1, 0]);
    const counted = (await dump(db)).filter((a) => a.relativeTime);
    expect(counted.map((a) => a.timestamp).sort()).toEqual(['2026-11-20T13:00:00.000Z', '2026-11-20T13:30:00.000Z']);
  });
});
