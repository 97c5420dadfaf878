import { describe, expect, it } from 'vitest';
import { toSalesforceId18 } from '../../../lib/adapters/salesforce-id';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { NOW, settings } from '../metrics/builders';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * lib/csv-import/deals/stage-entries.ts currentEntry: where the report has a "Last Stage Change
 * Date" column whose cell is blank, the current stage was taken as entered at Created Date ("the
 * deal never changed stage") before Stage Duration and Age were looked at. A row whose own Stage
 * Duration (10) is less than its Age (60) says the deal did change stage, 10 days before the
 * report: the blank cell is not "never". metrics.md (Time in stage): "A duration the page shows
 * ('12 days in stage') gives the entry day exactly"; the export's duration is that figure, yet
 * Touchline counted 60 days and flagged the deal stalled (default typical 14 days, stalled > 28).
 *
 * Report run on the unit clock's day (20 Nov 2026): created 21 Sep (60 days before), 10 days in
 * its stage, so entered on 10 Nov.
 */
const TENANT = 'acme.lightning.force.com';
const REPORT = [
  'Opportunity ID,Opportunity Name,Stage,Opportunity Owner,Created Date,Last Stage Change Date,Stage Duration,Age',
  '0065g00000AbCdE,Müller renewal,Needs Analysis,Jonas Weber,9/21/2026,,10,60',
].join('\n');

describe('a Salesforce row with a blank Last Stage Change Date but a Stage Duration shorter than its Age', () => {
  it('dates the current stage from Created Date + (Age − Stage Duration), not from the creation', async () => {
    const db = await freshDb();
    await importDeals(db, 'salesforce', TENANT, REPORT);

    const [stored] = await dealsOf(db);
    expect(stored?.recordId).toBe(toSalesforceId18('0065g00000AbCdE'));
    // Was: [{ stage: 'Needs Analysis', enteredAt: '2026-09-20T22:00:00.000Z' }] (the creation day).
    expect(stored?.stageHistory).toEqual([
      { stage: 'Needs Analysis', enteredAt: '2026-11-09T23:00:00.000Z', approximate: true },
    ]);
  });

  it('shows the deal 10 days in its stage, not 60 days and stalled, on the team page', async () => {
    const db = await freshDb();
    // Read in the zone the unit tests' browser has (UTC), so the day printed is the day counted.
    await importDeals(db, 'salesforce', TENANT, REPORT, { clock: { now: NOW, timeZone: 'UTC' } });

    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    expect(view.deals.map((d) => [d.name, d.daysInStage, d.warning])).toEqual([['Müller renewal', 10, 'none']]);
  });

  it.each([
    ['says it never moved (Stage Duration = Age)', '60,60'],
    ['cannot be read', 'ten,60'],
  ])("keeps the blank cell's word, entered when created, where the days %s", async (_, days) => {
    const db = await freshDb();
    const report = REPORT.replace(',10,60', `,${days}`);
    await importDeals(db, 'salesforce', TENANT, report);
    const [stored] = await dealsOf(db);
    expect(stored?.stageHistory).toEqual([{ stage: 'Needs Analysis', enteredAt: '2026-09-20T22:00:00.000Z' }]);
  });
});
