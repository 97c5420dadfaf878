/**
 * Stage entries the page gives to the day only, when the user's zone setting (Los Angeles) is not
 * the browser's zone the page was read in (the tests' browser runs in UTC: a rep abroad, a manager
 * in the London office).
 *
 * How the adapters store such entries, by their own code:
 * - a shown duration ("21 days in this stage", Pipedrive's stage bar, Salesforce "Days in Stage"):
 *   the start of the day N days before today in the page's zone, marked `approximate`
 *   (lib/adapters/pipedrive/stages.ts shownEntry, lib/adapters/salesforce/stage-time.ts fromDuration);
 * - a date printed without a time ("11/8/2026" in a Stage History row or "Last Stage Change Date"):
 *   the start of that day in the page's zone (lib/locale/read-date.ts startOf).
 *
 * Spec: metrics.md "Time in stage": "A duration the page shows ("12 days in stage") gives the entry
 * day exactly"; decisions.md "Keys and time": a date-only reading is its date **as printed on the
 * page**, never moved by the time-zone setting (lib/metrics/printed-day.ts does this for touches).
 *
 * By hand, NOW = Fri 20 Nov 2026, 07:00 in Los Angeles (15:00 UTC, the same day in both zones):
 * "21 days in stage" → entered 30 Oct; 20 Nov − 30 Oct = 21 days. Typical time: the default, 14
 * (no deal has left the stage); watch above 1.5 × 14 = 21, so 21 days is "none".
 * "11/8/2026" printed → entered 8 Nov; 20 Nov − 8 Nov = 12 days.
 */
import { describe, expect, it } from 'vitest';
import { db, dealKeyOf, dealPage, dealView, la, NOW, save } from './deal-harness';

describe('time in stage from a day the page prints, with the zone setting west of the browser', () => {
  it('shows 21 days and no warning when the page shows "21 days in stage" (metrics.md: a shown duration gives the entry day exactly; watch only above 1.5 × 14)', async () => {
    const d = await db();
    // Read in the browser's zone (UTC): the start of 30 Oct there, as the Pipedrive adapter stores it.
    const shown = { stage: 'Proposal', enteredAt: '2026-10-30T00:00:00.000Z', approximate: true as const };
    await save(d, dealPage({ id: 'shown-21', crm: 'pipedrive', stage: 'Proposal', history: [shown] }), NOW);
    const view = await dealView(d, dealKeyOf('shown-21', undefined, 'pipedrive'));
    expect(view.daysInStage).toBe(21);
    expect(view.daysInStageApproximate).toBe(true);
    expect(view.warning).toBe('none');
  });

  it('counts 12 days from a Stage History row printed "11/8/2026" without a time (decisions.md: a date-only reading is its date as printed)', async () => {
    const d = await db();
    await save(
      d,
      dealPage({
        id: 'printed-nov-8',
        crm: 'salesforce',
        stage: 'Proposal',
        history: [
          ['Demo', '2026-10-01T00:00:00.000Z'],
          ['Proposal', '2026-11-08T00:00:00.000Z'],
        ],
      }),
      NOW,
    );
    const view = await dealView(d, dealKeyOf('printed-nov-8', undefined, 'salesforce'));
    expect(view.daysInStage).toBe(12);
    // The Demo stay, printed 10/1 to 11/8: 38 days.
    expect(view.stageTimeline.map((s) => [s.stage, s.days])).toEqual([
      ['Demo', 38],
      ['Proposal', 12],
    ]);
  });

  it('gives typical time a 7-day sample for a stay printed "11/1/2026" that Touchline saw end on 8 Nov', async () => {
    const d = await db();
    const page = (stage: string) =>
      dealPage({ id: 'left', crm: 'salesforce', stage, history: [['Proposal', '2026-11-01T00:00:00.000Z']] });
    // Seen in Proposal at 07:00 and in Negotiation at 09:00 on 8 Nov, Los Angeles: the move was that day.
    await save(d, page('Proposal'), la('2026-11-08 07:00'));
    await save(d, page('Negotiation'), la('2026-11-08 09:00'));
    // The view counts the summaries in the zone setting (rebuilt from the deals once, as a user sees them).
    await dealView(d, dealKeyOf('left', undefined, 'salesforce'));
    const [proposal] = (await d.getAll('stageSummaries')).filter((row) => row.stage === 'Proposal');
    expect(proposal?.days).toEqual({ 7: 1 });
  });
});
