import { describe, expect, it } from 'vitest';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Deal } from '../../../lib/schema/record';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { importDeals } from '../csv-import/deal-fixture';
import { freshDb } from '../csv-import/import-fixture';
import { NOW, settings } from '../metrics/builders';

/**
 * metrics.md (Deal stages): "Closed (won or lost) deals never get a warning"; issue 14: the Deals
 * section lists every *open* deal. lib/metrics/closed-stage.ts closedStages: "an org's lost stage
 * named 'Disqualified' holds no outcome word, yet it is an outcome" (a Salesforce opportunity
 * closes by moving to a closed stage, so the stage is closed for every opportunity of the org).
 *
 * A Salesforce opportunities report lists an opportunity in "Disqualified"; a page reading already
 * showed another opportunity of the same org closed (lost) in "Disqualified". The team page's
 * open deals (lib/team/deal-figures.ts dealsInScope) knew only outcome words, so the imported deal
 * was listed as open and, 60 days in "Disqualified", flagged stalled; the report's "Closed"/"Won"
 * checkbox columns (the Opportunity fields IsClosed/IsWon) were not read either.
 */
const TENANT = 'acme.lightning.force.com';

const readClosed = (tenant: string): Deal => ({
  key: `salesforce:${tenant}:deal:0065g00000ZzZzZAAV`,
  crm: 'salesforce',
  tenant,
  kind: 'deal',
  recordId: '0065g00000ZzZzZAAV',
  lastReadAt: '2026-11-01T10:00:00.000Z',
  name: 'Read on its page',
  stage: 'Disqualified',
  closed: 'lost',
  owner: 'Morgan Lee',
  stageHistory: [{ stage: 'Disqualified', enteredAt: '2026-10-20T09:00:00.000Z' }],
  contacts: [],
});

const HEADER = 'Opportunity ID,Opportunity Name,Stage,Opportunity Owner,Created Date,Last Stage Change Date';
const ROW = '0065g00000AbCdE,Imported one,Disqualified,Morgan Lee,8/1/2026,9/21/2026';

async function openDeals(db: TouchlineDb) {
  const view = await loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: settings(),
    now: NOW,
  });
  return view.deals.map((d) => [d.name, d.warning]);
}

describe('an exported Salesforce opportunity in a stage the org closes deals in (Disqualified)', () => {
  it('is not listed among the open deals nor warned as stalled', async () => {
    const db = await freshDb();
    await db.put('deals', readClosed(TENANT));
    await importDeals(db, 'salesforce', TENANT, [`${HEADER},Closed,Won`, `${ROW},1,0`].join('\n'));
    // Was: [['Imported one', 'stalled']].
    expect(await openDeals(db)).toEqual([]);
  });

  it('is closed by the stage a page showed closed, also when the report has no Closed/Won columns', async () => {
    const db = await freshDb();
    await db.put('deals', readClosed(TENANT));
    await importDeals(db, 'salesforce', TENANT, [HEADER, ROW].join('\n'));
    expect(await openDeals(db)).toEqual([]);
  });

  it('is closed by its own Closed/Won columns, with no page reading of the org', async () => {
    const db = await freshDb();
    await importDeals(db, 'salesforce', TENANT, [`${HEADER},Closed,Won`, `${ROW},1,0`].join('\n'));
    expect(await openDeals(db)).toEqual([]);
  });

  it("stays open where only another org's page showed a deal closed in a stage of that name", async () => {
    const db = await freshDb();
    await db.put('deals', readClosed('other.lightning.force.com'));
    await importDeals(db, 'salesforce', TENANT, [HEADER, ROW].join('\n'));
    expect(await openDeals(db)).toEqual([['Imported one', 'stalled']]);
  });
});
