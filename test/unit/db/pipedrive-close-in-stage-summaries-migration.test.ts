import { describe, expect, it, vi } from 'vitest';
import { openTouchlineDb } from '../../../lib/db/open';
import { DEAL_WRITE_STORES, putDeal } from '../../../lib/db/put-deal';
import { DB_VERSION, STORE_NAMES, type TouchlineDb } from '../../../lib/db/schema';
import type { StageSummary } from '../../../lib/db/stage-summary-schema';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { dealSchema } from '../../../lib/schema/record';
import { at, deal, history } from '../metrics/builders';
import { freshName } from './world-readings';

/**
 * Database version 13. A Pipedrive deal won in the open stage it sits in left that stage at its
 * close: the visit is a typical-time sample, as a move out of the stage would be. Version 12 summed
 * no days for it. The upgrade builds every summary again from the stored deals and changes no
 * other row.
 *
 * By hand (days in UTC, the zone the summaries are counted in here): entered Negotiations Started
 * 1 Sep 17:00 UTC, won 10 Sep → 9 days.
 */
const wonInStage = deal({
  crm: 'pipedrive',
  tenant: 'acme-sales',
  recordId: '1042',
  key: 'pipedrive:acme-sales:deal:1042',
  pipeline: 'Pipeline',
  stages: ['Qualified', 'Contact Made', 'Proposal Made', 'Negotiations Started'],
  stage: 'Negotiations Started',
  closed: 'won',
  closeDate: '2026-09-10',
  stageHistory: history(['Proposal Made', at('2026-08-20 10:00')], ['Negotiations Started', at('2026-09-01 10:00')]),
});

/** The rows version 12 summed for the deal: as for one whose close day it could not place. */
function version12Rows(): StageSummary[] {
  return buildStageSummaries([{ ...wonInStage, closeDate: undefined }], 'UTC');
}

async function everyRow(db: TouchlineDb) {
  const rows: Record<string, unknown[]> = {};
  for (const store of STORE_NAMES) if (store !== 'stageSummaries') rows[store] = await db.getAll(store);
  return rows;
}

const byKey = (rows: StageSummary[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
const negotiationRow = (rows: StageSummary[]) => rows.find((row) => row.stage === 'Negotiations Started');

async function version12() {
  const name = freshName();
  const v12 = await openTouchlineDb(name, { version: 12 });
  const tx = v12.transaction([...DEAL_WRITE_STORES], 'readwrite');
  await putDeal(tx, wonInStage);
  await tx.done;
  await v12.clear('stageSummaries');
  for (const row of version12Rows()) await v12.put('stageSummaries', row);
  const before = await everyRow(v12);
  v12.close();
  return { name, before };
}

describe('upgrading a version 12 database', () => {
  it('keeps every row of every other store and sums a Pipedrive deal won in its stage as 9 days there', async () => {
    const { name, before } = await version12();
    expect(negotiationRow(version12Rows())).toMatchObject({ entered: 1, won: 1, days: {} });

    const db = await openTouchlineDb(name, { onInvalid: vi.fn() });

    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(14);
    expect(await everyRow(db)).toEqual(before);
    const deals = (await db.getAll('deals')).map((row) => dealSchema.parse(row));
    const summaries = await db.getAll('stageSummaries');
    expect(byKey(summaries)).toEqual(byKey(buildStageSummaries(deals, 'UTC')));
    expect(negotiationRow(summaries)).toMatchObject({ entered: 1, won: 1, days: { 9: 1 } });
    db.close();
  });
});
