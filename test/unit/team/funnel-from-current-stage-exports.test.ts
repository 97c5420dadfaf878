import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../lib/schema/record';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { importDeals } from '../csv-import/deal-fixture';
import { freshDb } from '../csv-import/import-fixture';
import { NOW, settings } from '../metrics/builders';

/**
 * metrics.md "Stage conversion": of the deals that entered a stage, the share that moved to a later
 * stage or were won; "When a number cannot be computed": "—" with the reason, never a confident 0 %.
 *
 * A Pipedrive deal export dates only each deal's current stage (Last stage change; docs/team-view.md).
 * Four deals sit in Qualified (created there, never moved), four in Proposal made and two won in
 * Negotiations started, both of the latter having changed stage from a stage the file does not
 * name. A page reading of one more deal gave the pipeline's path. The funnel (lib/team/funnel.ts
 * → stageConversion over the stored histories) counts only the deals still sitting in a stage as
 * having entered it, so every open stage shows 0 % moving on: "0 % of Qualified deals moved on"
 * while six of the ten exported deals are past it. Nothing in the file says which stages the moved
 * deals went through; a rate built only from the deals that have not moved is not that share.
 */
describe('the stage funnel of a pipeline known from a Pipedrive deal export', () => {
  it('does not state that 0 % of Qualified deals moved on when six exported deals are past it', async () => {
    const db = await freshDb();
    const pathFromPage: Deal = {
      key: 'pipedrive:acme:deal:999',
      crm: 'pipedrive',
      tenant: 'acme',
      kind: 'deal',
      recordId: '999',
      lastReadAt: '2026-11-10T10:00:00.000Z',
      name: 'Read on its page',
      stage: 'Qualified',
      pipeline: 'Pipeline',
      stages: ['Qualified', 'Proposal made', 'Negotiations started'],
      owner: 'Alex Kim',
      stageHistory: [{ stage: 'Qualified', enteredAt: '2026-11-01T10:00:00.000Z' }],
      contacts: [],
    };
    await db.put('deals', pathFromPage);
    const lines = [
      'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Owner,Deal - Status,Deal - Deal created,Deal - Last stage change',
    ];
    for (let i = 0; i < 4; i++) lines.push(`${200 + i},Q${i},Qualified,Pipeline,Alex Kim,open,2026-11-02 10:00:00,`);
    for (let i = 0; i < 4; i++)
      lines.push(`${100 + i},P${i},Proposal made,Pipeline,Alex Kim,open,2026-09-01 10:00:00,2026-10-01 10:00:00`);
    for (let i = 0; i < 2; i++)
      lines.push(`${300 + i},W${i},Negotiations started,Pipeline,Alex Kim,won,2026-08-01 10:00:00,2026-10-10 10:00:00`);
    await importDeals(db, 'pipedrive', 'acme', lines.join('\n'));

    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings(),
      now: NOW,
    });
    const qualified = view.funnel?.rows.find((row) => row.stage === 'Qualified');
    // Was: { stage: 'Qualified', entered: 5, advanced: 0, rate: 0 } (and Proposal made 4 entered, 0 %).
    expect(qualified?.rate).not.toBe(0);
  });
});
