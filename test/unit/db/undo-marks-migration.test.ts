import { describe, expect, it } from 'vitest';
import { openTouchlineDb } from '../../../lib/db/open';
import { DB_VERSION } from '../../../lib/db/schema';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { deal, history } from '../metrics/builders';
import { freshName } from './world-readings';

/**
 * Version 7 adds the undo marks and sums the per-stage summaries again under the rule that counts
 * days from the day a page printed: a summary a version 6 cache kept is not read as it is.
 */
describe('upgrading a version 6 database', () => {
  it('keeps every deal, adds an empty store of undo marks, and builds the summaries again from the deals', async () => {
    const name = freshName();
    const v6 = await openTouchlineDb(name, { version: 6 });
    const left = deal({
      name: 'Left',
      stage: 'Proposal',
      stageHistory: history(['Demo', '2026-10-01T09:00:00.000Z'], ['Proposal', '2026-10-11T09:00:00.000Z']),
    });
    await v6.put('deals', left);
    // The summaries as an older rule summed them: Demo 12 days, where the deal's stay was 10.
    for (const row of buildStageSummaries([left], 'UTC')) {
      await v6.put('stageSummaries', row.stage === 'Demo' ? { ...row, days: { 12: 1 } } : row);
    }
    const deals = await v6.getAll('deals');
    v6.close();

    const db = await openTouchlineDb(name);

    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('deals')).toEqual(deals);
    expect(await db.getAll('undoneTouches')).toEqual([]);
    const rebuilt = (await db.getAll('stageSummaries')).find((row) => row.stage === 'Demo');
    expect(rebuilt?.days).toEqual({ 10: 1 });
    db.close();
  });
});
