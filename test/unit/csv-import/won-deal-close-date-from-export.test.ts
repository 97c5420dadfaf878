/**
 * A won deal's close date is the day it was won, never its expected close date: a closed deal's
 * days in its stage stop at its close date (metrics/closed-stage-time.ts). Pipedrive's export
 * carries both beside each other ("Deal - Won time", "Deal - Expected close date", "Deal - Deal
 * closed on"), and the import used to give every deal the expected close date, won ones too. As
 * the page reader does (adapters/pipedrive/close-date.ts): a won deal takes its won time (else the
 * day it was closed on), an open one its expected close date, and a won deal whose row gives only
 * an expected close date gets none, with a note in the report (a lost deal:
 * lost-deal-close-date-from-export.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { detectDealColumns } from '../../../lib/csv-import/deals/detect';
import { retargetDeal, toSavedDeal } from '../../../lib/csv-import/deals/mapping';
import { prepareDealMapping } from '../../../lib/csv-import/deals/prepare';
import { runDealImport } from '../../../lib/csv-import/deals/run-deal-import';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { dealReadSchema } from '../../../lib/schema/read-result';
import { dealsOf, importDeals } from './deal-fixture';
import { CLOCK, freshDb } from './import-fixture';

const HEADER =
  'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Owner,Deal - Status,Deal - Won time,Deal - Expected close date';

async function closeDates(db: TouchlineDb) {
  return Object.fromEntries((await dealsOf(db)).map((deal) => [deal.recordId, deal.closeDate]));
}

describe('a Pipedrive deal export with a won time and an expected close date', () => {
  it('gives a won deal its won time and an open deal its expected close date', async () => {
    const db = await freshDb();
    const report = await importDeals(
      db,
      'pipedrive',
      'acme',
      [
        HEADER,
        '401,Won one,Negotiations started,Pipeline,Alex Kim,won,2026-10-28 16:12:00,2026-12-15',
        '402,Open one,Qualified,Pipeline,Alex Kim,open,,2026-12-20',
      ].join('\n'),
    );
    expect(report).toMatchObject({ rows: 2, added: 2, invalid: 0, problems: [] });
    expect(await closeDates(db)).toEqual({ '401': '2026-10-28', '402': '2026-12-20' });
  });

  it('gives a won deal no close date where its row shows only the expected one, and says so', async () => {
    const db = await freshDb();
    const report = await importDeals(
      db,
      'pipedrive',
      'acme',
      `${HEADER}\n403,Won with a blank time,Negotiations started,Pipeline,Alex Kim,won,,2026-12-15`,
    );
    expect(report).toMatchObject({ rows: 1, added: 1, invalid: 0, noted: 1, problems: [] });
    expect(report.notedRows).toEqual([
      {
        row: 1,
        reason:
          'imported without the close date (the deal is won and the row gives only its expected close date, not when it was won)',
      },
    ]);
    const [deal] = await dealsOf(db);
    expect(deal?.closed).toBe('won');
    expect(deal).not.toHaveProperty('closeDate');
  });

  it('gives a won deal no close date from an export without a won time column', async () => {
    const db = await freshDb();
    await importDeals(
      db,
      'pipedrive',
      'acme',
      'Deal - ID,Deal - Title,Deal - Stage,Deal - Status,Deal - Expected close date\n404,Won,Qualified,won,2026-12-15',
    );
    expect(await closeDates(db)).toEqual({ '404': undefined });
  });

  it('takes "Deal closed on" where the export has no won time', async () => {
    const db = await freshDb();
    await importDeals(
      db,
      'pipedrive',
      'acme',
      'Deal - ID,Deal - Title,Deal - Stage,Deal - Status,Deal - Expected close date,Deal - Deal closed on\n' +
        '405,Won,Qualified,won,2026-12-15,2026-11-02 09:30:00\n' +
        '406,Open,Qualified,open,2026-12-16,',
    );
    expect(await closeDates(db)).toEqual({ '405': '2026-11-02', '406': '2026-12-16' });
  });

  it('drops the expected close date an earlier import of the deal, still open, gave', async () => {
    const db = await freshDb();
    await importDeals(db, 'pipedrive', 'acme', `${HEADER}\n408,Later won,Qualified,Pipeline,Alex Kim,open,,2026-12-15`);
    await importDeals(db, 'pipedrive', 'acme', `${HEADER}\n408,Later won,Qualified,Pipeline,Alex Kim,won,,2026-12-15`);
    expect(await closeDates(db)).toEqual({ '408': undefined });
  });

  it('keeps no expected close date an earlier import gave when the won time cannot be read', async () => {
    const db = await freshDb();
    await importDeals(db, 'pipedrive', 'acme', `${HEADER}\n412,Later won,Qualified,Pipeline,Alex Kim,open,,2026-12-15`);
    await importDeals(
      db,
      'pipedrive',
      'acme',
      `${HEADER}\n412,Later won,Qualified,Pipeline,Alex Kim,won,soon,2026-12-15`,
    );
    expect(await closeDates(db)).toEqual({ '412': undefined });
  });

  it('never gives a won deal its expected close date under a mapping saved before won times were read', async () => {
    const db = await freshDb();
    const text = `${HEADER}\n409,Won,Qualified,Pipeline,Alex Kim,won,2026-10-28 16:12:00,2026-12-15`;
    const rows = await previewCsv(text, 21);
    const detected = prepareDealMapping('pipedrive', rows);
    // What the account remembered from an import made before won times were read: "Won time" not imported.
    const old = { ...detected.mapping, targets: retargetDeal(detected.mapping.targets, 6, 'ignore') };
    const saved = toSavedDeal(detected.foldedHeaders, old);
    const prepared = prepareDealMapping('pipedrive', rows, saved);
    expect(prepared.mapping.targets[6]).toBe('ignore');
    await runDealImport({ db, crm: 'pipedrive', tenant: 'acme', input: text, mapping: prepared.mapping, clock: CLOCK });
    expect(await closeDates(db)).toEqual({ '409': undefined });
  });

  it('reads the German help centre’s name of the won time', async () => {
    const headers = [
      'Deal - ID',
      'Deal - Titel',
      'Deal - Phase',
      'Deal - Status',
      'Deal - Zeitpunkt, zu dem der Deal gewonnen wurde',
      'Deal - Erwartetes Abschlussdatum',
    ];
    expect(detectDealColumns('pipedrive', headers).targets.slice(4)).toEqual(['wonAt', 'closeDate']);
    const db = await freshDb();
    const header = headers.map((h) => `"${h}"`).join(',');
    await importDeals(db, 'pipedrive', 'acme', `${header}\n410,Gewonnen,Qualifiziert,Gewonnen,28.10.2026,15.12.2026`);
    expect(await closeDates(db)).toEqual({ '410': '2026-10-28' });
  });
});

describe('a deal read on its page while open, then exported won', () => {
  const pageRead = (closed?: 'won') =>
    dealReadSchema.parse({
      crm: 'pipedrive',
      tenant: 'acme',
      kind: 'deal',
      recordId: '411',
      status: 'read',
      record: {
        name: 'Read first',
        stage: 'Qualified',
        stageHistory: [],
        contacts: [],
        closeDate: closed ? '2026-10-20' : '2026-12-15',
        ...(closed ? { closed } : {}),
      },
      activities: [],
      crmFigures: {},
      notRead: [],
    });
  const exported = (wonTime: string) =>
    `${HEADER}\n411,Read first,Qualified,Pipeline,Alex Kim,won,${wonTime},2026-12-15`;

  it('takes the won time for the expected close date the page showed', async () => {
    const db = await freshDb();
    await saveReading(db, pageRead(), new Date('2026-11-01T10:00:00Z'), 'Europe/Berlin');
    await importDeals(db, 'pipedrive', 'acme', exported('2026-10-28 16:12:00'));
    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ closed: 'won', closeDate: '2026-10-28' });
  });

  it('keeps no close date where the export gives only the expected one', async () => {
    const db = await freshDb();
    await saveReading(db, pageRead(), new Date('2026-11-01T10:00:00Z'), 'Europe/Berlin');
    await importDeals(db, 'pipedrive', 'acme', exported(''));
    const [deal] = await dealsOf(db);
    expect(deal?.closed).toBe('won');
    expect(deal).not.toHaveProperty('closeDate');
  });

  it('keeps the close date a page showed the deal won with', async () => {
    const db = await freshDb();
    await saveReading(db, pageRead('won'), new Date('2026-11-01T10:00:00Z'), 'Europe/Berlin');
    await importDeals(db, 'pipedrive', 'acme', exported('2026-10-28 16:12:00'));
    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ closed: 'won', closeDate: '2026-10-20' });
  });
});

describe('exports whose one close date column is the close date of a closed deal', () => {
  it('give a won Salesforce opportunity its Close Date', async () => {
    const db = await freshDb();
    await importDeals(
      db,
      'salesforce',
      'acme.lightning.force.com',
      'Opportunity ID,Opportunity Name,Stage,Close Date,Closed,Won\n0065g00000QrStW,Won,Closed Won,2026-10-30,1,1',
    );
    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ closed: 'won', closeDate: '2026-10-30' });
  });

  it('give a won HubSpot deal its Close Date', async () => {
    const db = await freshDb();
    await importDeals(
      db,
      'hubspot',
      '123',
      'Record ID,Deal Name,Deal Stage,Close Date\n9301,Won,Closed won,2026-10-30',
    );
    const [deal] = await dealsOf(db);
    expect(deal).toMatchObject({ closed: 'won', closeDate: '2026-10-30' });
  });
});
