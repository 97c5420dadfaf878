/**
 * metrics.md "Typical time in stage": "until 5 deals that left the stage are known, a configurable
 * default (14 days for every stage) is used and the panel says so"; "Time in stage": "a range wider
 * than one day stays out of typical-time medians".
 *
 * Five deals have left Proposal. Four are known to the day (5, 7, 8, 10 days). The fifth Touchline
 * first saw in Proposal on 1 Oct (a page with no stage history) and in Negotiation on 20 Oct: it
 * left Proposal, after at least 19 days, and its time there is a range with no upper bound, so it
 * is no sample for the median. The median is built from deals whose time there is known (four),
 * and the panel's words must say that, not that only four deals left Proposal.
 */
import { describe, expect, it } from 'vitest';
import { db, dealKeyOf, dealPage, dealView, la, save, savedDeal } from './deal-harness';

describe('typical time in stage: how many deals left the stage', () => {
  it('says 4 of the deals that left Proposal have a known time there when 5 left, one known only as a range', async () => {
    const d = await db();
    for (const [i, days] of [5, 7, 8, 10].entries()) {
      const entered = `2026-09-0${1 + i}`;
      const left = new Date(Date.UTC(2026, 8, 1 + i + days)).toISOString().slice(0, 10);
      await savedDeal(d, `left-${i}`, [
        ['Demo', `${entered} 09:00`],
        ['Proposal', `${entered} 12:00`],
        ['Negotiation', `${left} 12:00`],
      ]);
    }
    await save(d, dealPage({ id: 'seen-leaving', stage: 'Proposal' }), la('2026-10-01 10:00'));
    await save(d, dealPage({ id: 'seen-leaving', stage: 'Negotiation' }), la('2026-10-20 10:00'));
    await savedDeal(d, 'viewed', [
      ['Demo', '2026-10-01 10:00'],
      ['Proposal', '2026-11-10 10:00'],
    ]);

    const view = await dealView(d, dealKeyOf('viewed'));
    expect(view.typicalDaysInStage).toEqual({ days: 14, source: 'default', deals: 4 });
    expect(view.warningReason).toContain(
      'typical 14 (default: 4 of your deals that left Proposal have a known time there, 5 are needed)',
    );
  });
});
