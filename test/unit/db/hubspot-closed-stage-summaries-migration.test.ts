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
 * Database version 12. A HubSpot deal's closed marker now makes the stage it closed in an outcome,
 * and "Closed lost - no budget" (a qualifier after the outcome words) is one. Version 11 summed
 * such a stage as a row, and the move into it as a move forward out of "Contract sent". The upgrade
 * builds every summary again from the stored deals and changes no other row.
 */
const lostWithQualifier = deal({
  stages: ['Appointment scheduled', 'Contract sent', 'Closed lost - no budget'],
  stage: 'Closed lost - no budget',
  closed: 'lost',
  stageHistory: history(
    ['Appointment scheduled', at('2026-10-01 09:00')],
    ['Contract sent', at('2026-10-20 09:00')],
    ['Closed lost - no budget', at('2026-11-10 09:00')],
  ),
});

/** The rows version 11 summed for the deal: its lost stage an open one, which no deal closed in. */
function version11Rows(): StageSummary[] {
  const asOpenStage = deal({
    ...lostWithQualifier,
    stages: ['Appointment scheduled', 'Contract sent', 'No budget'],
    stage: 'No budget',
    closed: undefined,
    stageHistory: history(
      ['Appointment scheduled', at('2026-10-01 09:00')],
      ['Contract sent', at('2026-10-20 09:00')],
      ['No budget', at('2026-11-10 09:00')],
    ),
  });
  return buildStageSummaries([asOpenStage], 'UTC').map((row) =>
    row.stage === 'No budget'
      ? { ...row, stage: 'Closed lost - no budget', key: row.key.replace('No budget', 'Closed lost - no budget') }
      : row,
  );
}

async function everyRow(db: TouchlineDb) {
  const rows: Record<string, unknown[]> = {};
  for (const store of STORE_NAMES) if (store !== 'stageSummaries') rows[store] = await db.getAll(store);
  return rows;
}

const byKey = (rows: StageSummary[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

async function version11() {
  const name = freshName();
  const v11 = await openTouchlineDb(name, { version: 11 });
  const tx = v11.transaction([...DEAL_WRITE_STORES], 'readwrite');
  await putDeal(tx, lostWithQualifier);
  await tx.done;
  await v11.clear('stageSummaries');
  for (const row of version11Rows()) await v11.put('stageSummaries', row);
  const before = await everyRow(v11);
  v11.close();
  return { name, before };
}

describe('upgrading a version 11 database', () => {
  it('keeps every row of every other store and sums a HubSpot deal lost in a qualified stage as an outcome', async () => {
    const { name, before } = await version11();
    const lostRow = (rows: StageSummary[]) => rows.find((row) => row.stage === 'Closed lost - no budget');
    expect(lostRow(version11Rows())).toMatchObject({ entered: 1, closedLost: 0 });

    const db = await openTouchlineDb(name, { onInvalid: vi.fn() });

    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(14);
    expect(await everyRow(db)).toEqual(before);
    const deals = (await db.getAll('deals')).map((row) => dealSchema.parse(row));
    const summaries = await db.getAll('stageSummaries');
    expect(byKey(summaries)).toEqual(byKey(buildStageSummaries(deals, 'UTC')));
    // By hand: the deal closed lost in that stage by its marker, so the stage is an outcome for every comparable deal.
    expect(lostRow(summaries)).toMatchObject({ entered: 1, closedLost: 1 });
    db.close();
  });
});
