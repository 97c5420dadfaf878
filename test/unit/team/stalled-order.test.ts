import { describe, expect, it } from 'vitest';
import { dealOrder } from '../../../lib/team/deal-figures';
import { typicalTimes } from '../../../lib/team/typical-times';
import { at, deal, dealThatLeft, history, NOW, settings } from '../metrics/builders';

/*
 * metrics.md: stalled = time in stage above 2 × the typical time (the median of the deals that
 * left the stage). deal-row.ts orders stalled deals "furthest over their typical time first".
 * Six deals left Proposal after 8, 10, 10, 11, 11 and 14 days: median 10.5 (s33 note, item 3).
 * Demo has no deal that left it: the default 14 days applies.
 *   Proposal deal, 22 days in stage: 22 / 10.5 = 2.095 × typical (stalled).
 *   Demo deal, 29 days in stage:     29 / 14   = 2.071 × typical (stalled).
 * The Proposal deal is further over its typical time, so it comes first.
 */
describe('team deals: stalled deals ordered by how far over their typical time they are', () => {
  it('puts 22 days against a typical 10.5 (2.10×) before 29 days against 14 (2.07×)', async () => {
    const left = [8, 10, 10, 11, 11, 14].map((d) => dealThatLeft('Proposal', d));
    const proposal = deal({
      name: 'Proposal 22 days',
      stage: 'Proposal',
      stageHistory: history(['Proposal', at('2026-10-29 07:00')]),
    });
    const demo = deal({ name: 'Demo 29 days', stage: 'Demo', stageHistory: history(['Demo', at('2026-10-22 07:00')]) });
    const s = settings();
    const open = [demo, proposal];
    const typical = typicalTimes([...left, ...open], s);
    // Hand check of the inputs: both stalled, typical 10.5 and 14.
    expect(typical.of(proposal, 'Proposal')).toMatchObject({ source: 'own-deals', deals: 6 });
    const order = await dealOrder({ open, typical, settings: s, now: NOW });
    expect(order.map((d) => d.name)).toEqual(['Proposal 22 days', 'Demo 29 days']);
  });
});
