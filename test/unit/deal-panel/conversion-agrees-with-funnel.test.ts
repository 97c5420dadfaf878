/**
 * metrics.md "Stage conversion" and "When a number cannot be computed"; lib/team/funnel.ts: a deal
 * known only from an export that dates its current stage alone (historyMayBeginLate) may have gone
 * through the stages before it unseen, so the team funnel shows "—" for them, never the share of the
 * deals that did not move. The deal panel reads the per-stage summaries (lib/db/stage-summary-*.ts)
 * and must show the same conversion for the same cache; it showed 0 % where the funnel says "—".
 * Likewise a stage an imported Salesforce deal closed in by its Closed column ("Disqualified") is an
 * outcome, not a row, on the funnel and on every deal's panel.
 */
import { describe, expect, it } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { NOT_READ_FROM_A_PAGE } from '../../../lib/csv-import/deals/to-deal';
import { DEAL_WRITE_STORES, putDeal } from '../../../lib/db/put-deal';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Deal } from '../../../lib/schema/record';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { importDeals } from '../csv-import/deal-fixture';
import { at, deal, history, NOW, settings } from '../metrics/builders';
import { cacheWith } from '../team/team-cache';

const PIPEDRIVE = { crm: 'pipedrive' as const, tenant: 'acme', pipeline: 'Pipeline', stages: undefined };
const pipedriveDeal = (id: string, overrides: Partial<Deal>) =>
  deal({ ...PIPEDRIVE, recordId: id, key: `pipedrive:acme:deal:${id}`, ...overrides });

const salesforce = (id: string, overrides: Partial<Deal>) =>
  deal({
    crm: 'salesforce',
    tenant: 'org',
    key: `salesforce:org:deal:${id}`,
    recordId: id,
    stages: undefined,
    ...overrides,
  });

/** Read from their pages (no path shown): every history from the deal's start. */
const READ = [
  pipedriveDeal('1', {
    stageHistory: history(
      ['Qualified', at('2026-09-01 10:00')],
      ['Contact made', at('2026-09-10 10:00')],
      ['Proposal made', at('2026-10-01 10:00')],
    ),
  }),
  pipedriveDeal('2', {
    stageHistory: history(['Qualified', at('2026-09-05 10:00')], ['Contact made', at('2026-09-20 10:00')]),
  }),
  pipedriveDeal('3', { stageHistory: history(['Qualified', at('2026-09-08 10:00')]) }),
  pipedriveDeal('4', {
    closed: 'won',
    stageHistory: history(
      ['Qualified', at('2026-08-01 10:00')],
      ['Contact made', at('2026-08-10 10:00')],
      ['Proposal made', at('2026-08-20 10:00')],
      ['Negotiations started', at('2026-09-01 10:00')],
    ),
  }),
];

/** Pipedrive's deal export dates only the last stage change: deal 301's history begins in Proposal made. */
const EXPORT = [
  'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Value,Deal - Currency,Deal - Owner,Deal - Status,Deal - Deal created,Deal - Last stage change,Deal - Expected close date',
  '301,Northwind upgrade,Proposal made,Pipeline,5000,USD,Alex Kim,open,2026-09-14 10:00:00,2026-10-02 16:20:00,2026-12-01',
].join('\n');

async function panelAndFunnel(db: TouchlineDb, keys: readonly string[]) {
  // In the zone the deal writer counts days in (the browser's: UTC in tests), so the panel reads the
  // summaries as they were maintained write by write, not rebuilt for another zone.
  const s = settings({ period: '90d', timeZone: 'UTC' });
  const team = await loadTeamView({ db, filters: { period: '90d', motion: 'mid-market' }, settings: s, now: NOW });
  const panels = [];
  for (const key of keys) {
    const view = await recordView(db, key, { settings: s, now: NOW, onInvalid: () => undefined });
    if (view?.kind !== 'deal') throw new Error(`no deal view for ${key}`);
    panels.push(view.conversion);
  }
  return { panels, funnel: team.funnel?.rows };
}

describe("the deal panel's stage conversion and the team funnel, over one cache with an exported deal", () => {
  it('both say "—" before the stage where the exported history begins, and the same shares from there on', async () => {
    const db = await cacheWith({ deals: READ });
    await importDeals(db, 'pipedrive', 'acme', EXPORT);
    const { panels, funnel } = await panelAndFunnel(db, [...READ.map((d) => d.key), 'pipedrive:acme:deal:301']);

    // By hand: Qualified 4 entered (deals 1–4), 3 moved on (1, 2, 4); Contact made 3, 2 moved on (1, 4);
    // Proposal made 3 (1, 4, 301), 1 moved on (4, won); Negotiations started 1, won. Deal 301 may have gone
    // through Qualified and Contact made unseen: their share is not known.
    const expected = [
      { stage: 'Qualified', entered: 4, advanced: 3, rate: null },
      { stage: 'Contact made', entered: 3, advanced: 2, rate: null },
      { stage: 'Proposal made', entered: 3, advanced: 1, rate: 0.33 },
      { stage: 'Negotiations started', entered: 1, advanced: 1, rate: 1 },
    ];
    expect(funnel).toEqual(expected);
    for (const panel of panels) expect(panel).toEqual(expected);
  });

  it('both give every share once the exported deal has been read from its page (no longer known from the export alone)', async () => {
    const db = await cacheWith({ deals: READ });
    await importDeals(db, 'pipedrive', 'acme', EXPORT);
    const exported = (await db.get('deals', 'pipedrive:acme:deal:301')) as Deal;
    await cacheWithMore(db, [{ ...exported, lastReadAt: NOW.toISOString() }]);
    const { panels, funnel } = await panelAndFunnel(db, [READ[0]?.key as string]);

    expect(funnel?.map((row) => row.rate)).toEqual([0.75, 0.67, 0.33, 1]);
    expect(panels[0]).toEqual(funnel);
  });
});

describe('an imported Salesforce deal closed in a stage whose name says nothing ("Disqualified")', () => {
  const read = [
    salesforce('a', {
      stageHistory: history(['Qualification', at('2026-09-01 10:00')], ['Proposal', at('2026-09-15 10:00')]),
    }),
    salesforce('b', { stageHistory: history(['Qualification', at('2026-09-03 10:00')]) }),
  ];
  // Known only from a report: its history begins in the stage it closed in.
  const disqualified = salesforce('c', {
    lastReadAt: NOT_READ_FROM_A_PAGE,
    stage: 'Disqualified',
    closed: 'lost',
    stageHistory: [{ stage: 'Disqualified', enteredAt: at('2026-10-01 10:00') }],
  });

  it('is no row on either, and leaves every share unknown on both (the deal may have passed through any stage)', async () => {
    const db = await cacheWith({ deals: [...read, disqualified] });
    const { panels, funnel } = await panelAndFunnel(
      db,
      [...read, disqualified].map((d) => d.key),
    );

    const expected = [
      { stage: 'Qualification', entered: 2, advanced: 1, rate: null },
      { stage: 'Proposal', entered: 1, advanced: 0, rate: null },
    ];
    expect(funnel).toEqual(expected);
    for (const panel of panels) expect(panel).toEqual(expected);
  });
});

describe('a Salesforce stage that a deal closed won in by the page\'s marker ("Signed")', () => {
  const signed = salesforce('s', {
    stage: 'Signed',
    closed: 'won',
    stageHistory: history(['Qualification', at('2026-09-01 10:00')], ['Signed', at('2026-09-20 10:00')]),
  });
  // Reopened after it was signed: not won now, but it reached a won outcome after Qualification.
  const reopened = salesforce('r', {
    stageHistory: history(
      ['Qualification', at('2026-09-02 10:00')],
      ['Signed', at('2026-09-25 10:00')],
      ['Qualification', at('2026-10-05 10:00')],
    ),
  });
  const open = salesforce('o', { stageHistory: history(['Qualification', at('2026-10-01 10:00')]) });

  it('counts reaching it as moving on, and shows no row for it, on every panel as on the funnel', async () => {
    const db = await cacheWith({ deals: [signed, reopened, open] });
    const { panels, funnel } = await panelAndFunnel(
      db,
      [signed, reopened, open].map((d) => d.key),
    );

    // By hand: Qualification was entered by all 3; the signed deal won, the reopened one reached Signed after it.
    const expected = [{ stage: 'Qualification', entered: 3, advanced: 2, rate: 0.67 }];
    expect(funnel).toEqual(expected);
    for (const panel of panels) expect(panel).toEqual(expected);
  });
});

/** More deals written into the cache through the deal writer, as a page reading writes them. */
async function cacheWithMore(db: TouchlineDb, deals: Deal[]) {
  const tx = db.transaction([...DEAL_WRITE_STORES], 'readwrite');
  for (const row of deals) await putDeal(tx, row);
  await tx.done;
}
