import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { DEAL_WRITE_STORES, putDeal } from '../../../lib/db/put-deal';
import { DB_VERSION, type TouchlineDb } from '../../../lib/db/schema';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import type { Deal } from '../../../lib/schema/record';
import { defaultSettings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { importDeals } from '../csv-import/deal-fixture';
import { freshDb } from '../db/world-readings';
import { at, deal, history, NOW, settings } from '../metrics/builders';

/**
 * A backup written by database version 10 holds the deals; the per-stage summaries are never in a
 * backup (lib/backup/export-backup.ts), and version 11's rows count where a history may begin late
 * (`beganLate`). Restored into a version 11 cache, empty or holding the same deals read from their
 * pages, the deals go through the deal writer, so the summaries are what the deals add up to and
 * the deal panel's conversion is the team funnel's: "—" before where the exported history begins.
 */
const EXPORT = [
  'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Value,Deal - Currency,Deal - Owner,Deal - Status,Deal - Deal created,Deal - Last stage change,Deal - Expected close date',
  '301,Northwind upgrade,Proposal made,Pipeline,5000,USD,Alex Kim,open,2026-09-14 10:00:00,2026-10-02 16:20:00,2026-12-01',
].join('\n');
const read = (id: string, stageHistory: Deal['stageHistory']) =>
  deal({
    crm: 'pipedrive',
    tenant: 'acme',
    key: `pipedrive:acme:deal:${id}`,
    recordId: id,
    pipeline: 'Pipeline',
    stages: undefined,
    stageHistory,
  });
const READ = [
  read('1', history(['Qualified', at('2026-09-01 10:00')], ['Contact made', at('2026-09-10 10:00')])),
  read('2', history(['Qualified', at('2026-09-05 10:00')], ['Proposal made', at('2026-10-01 10:00')])),
  read('3', history(['Contact made', at('2026-09-05 10:00')], ['Proposal made', at('2026-10-03 10:00')])),
];

async function withReadDeals(db: TouchlineDb) {
  const tx = db.transaction([...DEAL_WRITE_STORES], 'readwrite');
  for (const row of READ) await putDeal(tx, row);
  await tx.done;
}

async function version10File(): Promise<File> {
  const source = await freshDb();
  await withReadDeals(source);
  await importDeals(source, 'pipedrive', 'acme', EXPORT);
  const { blob } = await exportBackup(source, defaultSettings('UTC'), NOW);
  const current = `"databaseVersion":${DB_VERSION}`;
  expect(await blob.text()).toContain(current);
  return new File([(await blob.text()).replace(current, '"databaseVersion":10')], 'backup.jsonl');
}

async function panelAndFunnel(db: TouchlineDb) {
  const s = settings({ timeZone: 'UTC' });
  const team = await loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: s, now: NOW });
  const view = await recordView(db, READ[0]?.key as string, { settings: s, now: NOW, onInvalid: () => undefined });
  return { panel: view?.kind === 'deal' ? view.conversion : null, funnel: team.funnel?.rows };
}

describe('a backup written by database version 10 with a deal known only from an export', () => {
  it.each([
    ['an empty cache', async () => {}],
    ['a cache holding the deals read from their pages', withReadDeals],
  ])('restored into %s: summaries from the deals, and the panel shows the funnel’s conversion', async (_, before) => {
    const db = await freshDb();
    await before(db);
    await importBackup(db, await version10File(), { now: NOW, retentionDays: 400, pageTimeZone: 'UTC' });

    const deals = await db.getAll('deals');
    expect(deals.map((d) => d.recordId).sort()).toEqual(['1', '2', '3', '301']);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect((await db.getAll('stageSummaries')).sort(byKey)).toEqual(buildStageSummaries(deals, 'UTC').sort(byKey));
    const { panel, funnel } = await panelAndFunnel(db);
    // By hand: 301's history begins in Proposal made, the last stage: Qualified (2 entered, both moved on)
    // and Contact made (2, 1 moved on) are not known; Proposal made 3 entered, none moved on.
    expect(funnel).toEqual([
      { stage: 'Qualified', entered: 2, advanced: 2, rate: null },
      { stage: 'Contact made', entered: 2, advanced: 1, rate: null },
      { stage: 'Proposal made', entered: 3, advanced: 0, rate: 0 },
    ]);
    expect(panel).toEqual(funnel);
  });
});
