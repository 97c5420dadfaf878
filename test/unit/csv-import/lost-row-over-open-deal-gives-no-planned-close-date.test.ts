import { describe, expect, it } from 'vitest';
import { saveReading } from '../../../lib/db/save-reading';
import type { Crm } from '../../../lib/schema/activity';
import { dealReadSchema } from '../../../lib/schema/read-result';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * A won or lost deal's close date is only a day it closed, never its expected close date (eb87791).
 * A deal read open (on its page, or from an export) stores its expected close date: the plan. A
 * later export row that closes the deal but gives no day it closed (only "Expected close date", or
 * a "Lost time" that does not read) says nothing of when it closed, so the deal has no close date,
 * lost as won; the plan is not taken for the day it was lost.
 */
const HEADER = 'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Owner,Deal - Status';

const openOnPage = (crm: Crm, tenant: string, recordId: string) =>
  dealReadSchema.parse({
    crm,
    tenant,
    kind: 'deal',
    recordId,
    status: 'read',
    record: {
      name: 'Northwind renewal',
      stage: 'Proposal made',
      stageHistory: [],
      contacts: [],
      closeDate: '2026-12-15',
    },
    activities: [],
    crmFigures: {},
    notRead: [],
  });

async function onlyDeal(db: Awaited<ReturnType<typeof freshDb>>) {
  const [deal] = await dealsOf(db);
  return { closed: deal?.closed, closeDate: deal?.closeDate };
}

describe('a deal stored open, then exported lost without the day it was lost', () => {
  it('Pipedrive, read on its page: the expected close date is no day it was lost', async () => {
    const db = await freshDb();
    await saveReading(db, openOnPage('pipedrive', 'acme', '771'), new Date('2026-09-01T10:00:00Z'), 'UTC');
    await importDeals(
      db,
      'pipedrive',
      'acme',
      `${HEADER},Deal - Expected close date,Deal - Lost time\n771,Northwind renewal,Proposal made,Pipeline,Alex Kim,lost,2026-12-15,`,
    );
    expect(await onlyDeal(db)).toEqual({ closed: 'lost', closeDate: undefined });
  });

  it('Pipedrive, read on its page: a Lost time that does not read leaves no close date either', async () => {
    const db = await freshDb();
    await saveReading(db, openOnPage('pipedrive', 'acme', '772'), new Date('2026-09-01T10:00:00Z'), 'UTC');
    await importDeals(
      db,
      'pipedrive',
      'acme',
      `${HEADER},Deal - Expected close date,Deal - Lost time\n772,Northwind renewal,Proposal made,Pipeline,Alex Kim,lost,2026-12-15,sometime in Oct`,
    );
    expect(await onlyDeal(db)).toEqual({ closed: 'lost', closeDate: undefined });
  });

  it('HubSpot, read on its page: a Closed lost row with its Close Date blank leaves none', async () => {
    const db = await freshDb();
    await saveReading(db, openOnPage('hubspot', '123', '9302'), new Date('2026-09-01T10:00:00Z'), 'UTC');
    await importDeals(
      db,
      'hubspot',
      '123',
      'Record ID,Deal Name,Deal Stage,Close Date\n9302,Northwind renewal,Closed lost,',
    );
    expect(await onlyDeal(db)).toEqual({ closed: 'lost', closeDate: undefined });
  });

  it('Pipedrive, from an earlier export of it open: a Lost time that does not read keeps no plan', async () => {
    const db = await freshDb();
    const header = `${HEADER},Deal - Expected close date,Deal - Lost time`;
    await importDeals(
      db,
      'pipedrive',
      'acme',
      `${header}\n881,Fabrikam,Proposal made,Pipeline,Alex Kim,open,2026-10-30,`,
    );
    await importDeals(
      db,
      'pipedrive',
      'acme',
      `${header}\n881,Fabrikam,Proposal made,Pipeline,Alex Kim,lost,2026-10-30,sometime in Oct`,
    );
    expect(await onlyDeal(db)).toEqual({ closed: 'lost', closeDate: undefined });
  });

  it('an earlier export of it lost keeps its day lost where the Lost time no longer reads', async () => {
    const db = await freshDb();
    const header = `${HEADER},Deal - Expected close date,Deal - Lost time`;
    const row = (lostTime: string) =>
      `${header}\n883,Fabrikam,Proposal made,Pipeline,Alex Kim,lost,2026-10-30,${lostTime}`;
    await importDeals(db, 'pipedrive', 'acme', row('2026-10-02 11:00:00'));
    await importDeals(db, 'pipedrive', 'acme', row('sometime in Oct'));
    expect(await onlyDeal(db)).toEqual({ closed: 'lost', closeDate: '2026-10-02' });
  });
});
