import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../lib/schema/record';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { importDeals } from '../csv-import/deal-fixture';
import { freshDb } from '../csv-import/import-fixture';
import { NOW, settings } from '../metrics/builders';

/**
 * metrics.md (Deal stages): "Closed (won or lost) deals never get a warning."
 * issue 14: the Deals section lists "every open deal".
 * A manager opened a deal's page weeks ago while it was open, then imports the CRM's deal export
 * in which that deal is now won (Pipedrive: Status "won", its stage unchanged; Salesforce: stage
 * "Closed Won"). The export is the newer word on the deal; the team page must not keep showing it
 * as an open deal flagged "stalled".
 */
const filters = { period: '30d' as const, motion: 'mid-market' as const };

describe('a deal read open from its page, then imported as closed from a deal export (metrics.md: closed deals never get a warning; issue 14: every open deal)', () => {
  it('is no longer listed among the open deals nor warned as stalled once a Pipedrive export says it was won', async () => {
    const db = await freshDb();
    const readOpen: Deal = {
      key: 'pipedrive:acme:deal:301',
      crm: 'pipedrive',
      tenant: 'acme',
      kind: 'deal',
      recordId: '301',
      lastReadAt: '2026-10-01T10:00:00.000Z',
      name: 'Northwind upgrade',
      stage: 'Proposal made',
      pipeline: 'Pipeline',
      owner: 'Alex Kim',
      stageHistory: [{ stage: 'Proposal made', enteredAt: '2026-08-01T09:00:00.000Z' }],
      contacts: [],
    };
    await db.put('deals', readOpen);
    const exported = [
      'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Value,Deal - Currency,Deal - Owner,Deal - Status,Deal - Deal created,Deal - Last stage change',
      '301,Northwind upgrade,Proposal made,Pipeline,5000,USD,Alex Kim,won,2026-07-14 10:00:00,2026-08-01 11:00:00',
    ].join('\n');
    await importDeals(db, 'pipedrive', 'acme', exported);

    const view = await loadTeamView({ db, filters, settings: settings(), now: NOW });
    // By hand: the only deal is won, so no open deal and no warning.
    expect(view.deals.map((d) => [d.name, d.warning])).toEqual([]);
    expect(view.dealCounts.open).toBe(0);
  });

  it('is no longer listed among the open deals once a Salesforce export shows it Closed Won', async () => {
    const db = await freshDb();
    const tenant = 'acme.lightning.force.com';
    const id = '0065g00000QrStUAAV';
    const readOpen: Deal = {
      key: `salesforce:${tenant}:deal:${id}`,
      crm: 'salesforce',
      tenant,
      kind: 'deal',
      recordId: id,
      lastReadAt: '2026-10-01T10:00:00.000Z',
      name: 'Wayne Corp seats',
      stage: 'Proposal/Price Quote',
      owner: 'Morgan Lee',
      stageHistory: [{ stage: 'Proposal/Price Quote', enteredAt: '2026-09-01T09:00:00.000Z' }],
      contacts: [],
    };
    await db.put('deals', readOpen);
    const exported = [
      '"Opportunity Owner","Opportunity Name","Stage","Amount","Close Date","Created Date","Last Stage Change Date","Opportunity ID"',
      '"Morgan Lee","Wayne Corp seats","Closed Won","$18,000.00","11/13/2026","8/21/2026","11/13/2026","0065g00000QrStU"',
    ].join('\n');
    await importDeals(db, 'salesforce', tenant, exported);

    const view = await loadTeamView({ db, filters, settings: settings(), now: NOW });
    expect(view.deals.map((d) => [d.name, d.stage, d.warning])).toEqual([]);
  });
});
