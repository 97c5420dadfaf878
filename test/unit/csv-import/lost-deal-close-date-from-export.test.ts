import { describe, expect, it } from 'vitest';
import { detectDealColumns } from '../../../lib/csv-import/deals/detect';
import { saveReading } from '../../../lib/db/save-reading';
import { dealReadSchema } from '../../../lib/schema/read-result';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * A Pipedrive deal export's "Deal closed on" ("Close time", the API's close_time) is when a deal
 * was won OR lost. metrics.md "Time in stage": a closed deal's time stops at its exit, and
 * closed-stage-time.ts stops it at the close date the record carries. When the column was read for
 * won rows only, a lost deal in an export without an expected close date column was stored with no
 * close date (its time in stage "close not read"), and one with both columns took the plan.
 */
const HEADER = 'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Owner,Deal - Status';

describe('a lost Pipedrive deal in a deal export', () => {
  it('keeps the day it was closed as its close date where the export has only a "Close time" column', async () => {
    const db = await freshDb();
    await importDeals(
      db,
      'pipedrive',
      'acme',
      `${HEADER},Deal - Close time\n501,Lost one,Proposal made,Pipeline,Alex Kim,lost,2026-10-02 11:00:00`,
    );
    const [deal] = await dealsOf(db);
    expect(deal?.closed).toBe('lost');
    expect(deal?.closeDate).toBe('2026-10-02');
  });

  it('takes "Deal closed on" before its expected close date, and an open deal keeps its expected one', async () => {
    const db = await freshDb();
    await importDeals(
      db,
      'pipedrive',
      'acme',
      [
        `${HEADER},Deal - Won time,Deal - Expected close date,Deal - Deal closed on`,
        '502,Lost one,Proposal made,Pipeline,Alex Kim,lost,,2026-12-15,2026-10-02 11:00:00',
        '503,Open one,Qualified,Pipeline,Alex Kim,open,,2026-12-20,',
        '504,Won one,Qualified,Pipeline,Alex Kim,won,2026-10-28 16:12:00,2026-12-15,2026-10-28 16:12:00',
      ].join('\n'),
    );
    const closeDates = Object.fromEntries((await dealsOf(db)).map((deal) => [deal.recordId, deal.closeDate]));
    expect(closeDates).toEqual({ '502': '2026-10-02', '503': '2026-12-20', '504': '2026-10-28' });
  });

  it('takes its "Lost time" (the API\'s lost_time) before its expected close date', async () => {
    const db = await freshDb();
    await importDeals(
      db,
      'pipedrive',
      'acme',
      [
        `${HEADER},Deal - Expected close date,Deal - Won time,Deal - Lost time`,
        '506,Lost one,Proposal made,Pipeline,Alex Kim,lost,2026-12-15,,2026-10-03 09:30:00',
        '507,Won one,Qualified,Pipeline,Alex Kim,won,2026-12-15,2026-10-28 16:12:00,',
      ].join('\n'),
    );
    const closeDates = Object.fromEntries((await dealsOf(db)).map((deal) => [deal.recordId, deal.closeDate]));
    expect(closeDates).toEqual({ '506': '2026-10-03', '507': '2026-10-28' });
  });

  it('gives it no close date where its row shows only the expected one, and says so; a Lost time stays', async () => {
    // The expected close date was the plan set while the deal was open, as the page reader takes it.
    const db = await freshDb();
    const report = await importDeals(
      db,
      'pipedrive',
      'acme',
      [
        `${HEADER},Deal - Expected close date,Deal - Lost time`,
        '508,Lost with no lost time,Proposal made,Pipeline,Alex Kim,lost,2026-11-10,',
        '509,Lost one,Proposal made,Pipeline,Alex Kim,lost,2026-12-15,2026-10-03 09:30:00',
      ].join('\n'),
    );
    expect(report).toMatchObject({ rows: 2, added: 2, invalid: 0, noted: 1, problems: [] });
    expect(report.notedRows).toEqual([
      {
        row: 1,
        reason:
          'imported without the close date (the deal is lost and the row gives only its expected close date, not when it was lost)',
      },
    ]);
    const closeDates = Object.fromEntries((await dealsOf(db)).map((deal) => [deal.recordId, deal.closeDate]));
    expect(closeDates).toEqual({ '508': undefined, '509': '2026-10-03' });
  });

  it('maps the won time and "Deal closed on" to fields of their own, whatever the columns\' order', () => {
    const { targets } = detectDealColumns('pipedrive', ['Deal - ID', 'Deal - Deal closed on', 'Deal - Won time']);
    expect(targets).toEqual(['dealId', 'closedAt', 'wonAt']);
    expect(detectDealColumns('pipedrive', ['Deal - ID', 'Deal - Lost time', 'Lost time']).targets).toEqual([
      'dealId',
      'lostAt',
      'ignore',
    ]);
  });
});

describe('a lost deal in an export whose one "Close Date" is the close of a closed deal', () => {
  it('keeps that close date, in HubSpot and Salesforce exports', async () => {
    const db = await freshDb();
    await importDeals(
      db,
      'hubspot',
      '123',
      'Record ID,Deal Name,Deal Stage,Close Date\n9302,Lost,Closed lost,2026-10-30',
    );
    await importDeals(
      db,
      'salesforce',
      'acme.lightning.force.com',
      'Opportunity ID,Opportunity Name,Stage,Close Date,Closed,Won\n0065g00000QrStX,Lost,Closed Lost,2026-10-29,1,0',
    );
    const deals = (await dealsOf(db)).map(({ crm, closed, closeDate }) => ({ crm, closed, closeDate }));
    expect(deals).toEqual(
      expect.arrayContaining([
        { crm: 'hubspot', closed: 'lost', closeDate: '2026-10-30' },
        { crm: 'salesforce', closed: 'lost', closeDate: '2026-10-29' },
      ]),
    );
  });
});

describe('a Pipedrive deal read on its page while open, then exported lost', () => {
  const openOnPage = dealReadSchema.parse({
    crm: 'pipedrive',
    tenant: 'acme',
    kind: 'deal',
    recordId: '505',
    status: 'read',
    record: { name: 'Read first', stage: 'Qualified', stageHistory: [], contacts: [], closeDate: '2026-12-15' },
    activities: [],
    crmFigures: {},
    notRead: [],
  });
  const exported = (closedOn: string) =>
    `${HEADER},Deal - Expected close date,Deal - Deal closed on\n505,Read first,Qualified,Pipeline,Alex Kim,lost,2026-12-15,${closedOn}`;

  it('takes the day it closed for the expected close date the page showed', async () => {
    const db = await freshDb();
    await saveReading(db, openOnPage, new Date('2026-09-01T10:00:00Z'), 'Europe/Berlin');
    await importDeals(db, 'pipedrive', 'acme', exported('2026-10-02 11:00:00'));
    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ closed: 'lost', closeDate: '2026-10-02' });
  });

  it('gives it no close date where the row gives no day it closed', async () => {
    const db = await freshDb();
    await saveReading(db, openOnPage, new Date('2026-09-01T10:00:00Z'), 'Europe/Berlin');
    await importDeals(db, 'pipedrive', 'acme', exported(''));
    const [deal] = await dealsOf(db);
    // The page showed the expected close date while the deal was open: a plan, not the day it was
    // lost, and a lost deal's close date is only a day it closed (as a won row over it leaves none).
    expect({ closed: deal?.closed, closeDate: deal?.closeDate }).toEqual({ closed: 'lost', closeDate: undefined });
  });
});
