/**
 * metrics.md "Typical time in stage": the median time deals spent in the stage before leaving it;
 * "Time in stage": now (or the exit time). f5f3cbd: a Pipedrive deal won or lost in an open stage
 * left it at its close day.
 *
 * A Pipedrive deal known only from the deals export (stored with lastReadAt
 * NOT_READ_FROM_A_PAGE, 1970): "Last stage change" 1 Sep 10:00 into Negotiations Started, status
 * lost, "Lost time" 10 Sep (the import's close date). It left the stage on 10 Sep: 9 days, exactly
 * as the same deal read from its page. Five such deals: typical 9 days from own deals.
 * Its close day is no plan after a reading (no page read it): the team page must not keep the
 * default 14 days.
 */
import { describe, expect, it } from 'vitest';
import { NOT_READ_FROM_A_PAGE } from '../../../lib/csv-import/deals/to-deal';
import { typicalStageTime } from '../../../lib/metrics/typical-stage-time';
import type { Deal } from '../../../lib/schema/record';
import { dealsOf, importDeals } from '../csv-import/deal-fixture';
import { freshDb } from '../csv-import/import-fixture';
import { at, deal, history, LA, settings } from '../metrics/builders';

const STAGE = 'Negotiations Started';

const fromExport = (closed: 'won' | 'lost'): Deal =>
  deal({
    crm: 'pipedrive',
    tenant: 'acme-sales',
    pipeline: 'Pipeline',
    stages: ['Qualified', 'Contact Made', 'Proposal Made', STAGE],
    stage: STAGE,
    stageHistory: history([STAGE, at('2026-09-01 10:00')]),
    closed,
    closeDate: '2026-09-10',
    lastReadAt: NOT_READ_FROM_A_PAGE,
  });

describe('an exported Pipedrive deal won or lost in an open stage left it at its close', () => {
  it('five exported deals closed 9 days into the stage: typical 9 days', () => {
    const deals = (['won', 'won', 'lost', 'lost', 'lost'] as const).map(fromExport);
    expect(typicalStageTime(STAGE, deals, settings(), LA)).toEqual({ days: 9, source: 'own-deals', deals: 5 });
  });
});

// The same through the team page's deal import (Pipedrive's deals export, written by hand).

describe('through the deals export import', () => {
  it('five rows lost 9 days after their last stage change: typical 9 days', async () => {
    const db = await freshDb();
    const header =
      'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Owner,Deal - Status,Deal - Last stage change,Deal - Lost time';
    const rows = ['501', '502', '503', '504', '505'].map(
      (id) => `${id},Deal ${id},${STAGE},Pipeline,Alex Kim,lost,2026-09-01 10:00:00,2026-09-10 15:00:00`,
    );
    await importDeals(db, 'pipedrive', 'acme', [header, ...rows].join('\n'));
    const deals = await dealsOf(db);
    expect(deals.map((d) => [d.closed, d.closeDate])).toEqual(Array(5).fill(['lost', '2026-09-10']));
    expect(typicalStageTime(STAGE, deals, settings(), LA)).toMatchObject({ days: 9, source: 'own-deals', deals: 5 });
  });
});
