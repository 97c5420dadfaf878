/**
 * A deal whose history mixes a Touchline sighting and a stage entry the page dates by day alone,
 * with the zone setting EAST of the browser (the tests' browser reads pages in UTC; setting Berlin,
 * UTC+1 in November: a rep from Berlin working from London, or a London office on Berlin's setting).
 *
 * Story, by hand:
 * - 10 Nov 12:00 UTC: the deal page is read in Qualified (first sighting).
 * - 18 Nov 23:30 UTC (Wed 18 Nov, 23:30 in London, the browser's zone): read again, now in Proposal:
 *   Touchline records Proposal entered between 10 Nov 12:00 and 18 Nov 23:30 UTC.
 * - 20 Nov 15:00 UTC (NOW): read in Negotiation; the page shows "1 day in stage" (a shown duration,
 *   stored as the start of 19 Nov in the browser's zone, `approximate`).
 * So the deal is in Negotiation, entered on 19 Nov as printed. Counted in Berlin, NOW is Fri 20 Nov
 * 16:00: 20 Nov − 19 Nov = 1 day in stage (metrics.md "Time in stage": "A duration the page shows
 * ("12 days in stage") gives the entry day exactly"). The stages come in the order the deal went
 * through them: Qualified, Proposal, Negotiation (the current one).
 */
import { describe, expect, it } from 'vitest';
import { db, dealKeyOf, dealPage, dealView, NOW, save } from './deal-harness';

const BERLIN = 'Europe/Berlin';

async function storyDeal() {
  const d = await db();
  await save(
    d,
    dealPage({ id: 'late-read', crm: 'pipedrive', stage: 'Qualified' }),
    '2026-11-10T12:00:00.000Z',
    BERLIN,
  );
  await save(d, dealPage({ id: 'late-read', crm: 'pipedrive', stage: 'Proposal' }), '2026-11-18T23:30:00.000Z', BERLIN);
  const shown = { stage: 'Negotiation', enteredAt: '2026-11-19T00:00:00.000Z', approximate: true as const };
  await save(d, dealPage({ id: 'late-read', crm: 'pipedrive', stage: 'Negotiation', history: [shown] }), NOW, BERLIN);
  return dealView(d, dealKeyOf('late-read', undefined, 'pipedrive'), NOW, { timeZone: BERLIN });
}

describe('a printed stage day next to a late-evening Touchline sighting, zone setting east of the browser', () => {
  it('shows 1 day in Negotiation, entered on the printed 19 Nov (metrics.md "Time in stage": a shown duration gives the entry day exactly)', async () => {
    const view = await storyDeal();
    expect(view.stage).toBe('Negotiation');
    expect(view.daysInStage).toBe(1);
  });

  it('keeps the stages in the order the deal went through them: Qualified, Proposal, Negotiation (metrics.md "Stage history": the list of (stage, entered at))', async () => {
    const view = await storyDeal();
    expect(view.stageTimeline.map((s) => s.stage)).toEqual(['Qualified', 'Proposal', 'Negotiation']);
    expect(view.stageTimeline.at(-1)?.current).toBe(true);
  });
});

describe('the same deal on the team page (settings Berlin, browser UTC)', () => {
  it('shows 1 day in Negotiation on its row, as printed (metrics.md "Time in stage"; decisions.md: a date-only reading is its date as printed)', async () => {
    const { loadTeamView } = await import('../../../lib/team/load-team-view');
    const { settings } = await import('../metrics/builders');
    const d = await db();
    await save(
      d,
      dealPage({ id: 'late-read', crm: 'pipedrive', stage: 'Qualified' }),
      '2026-11-10T12:00:00.000Z',
      BERLIN,
    );
    await save(
      d,
      dealPage({ id: 'late-read', crm: 'pipedrive', stage: 'Proposal' }),
      '2026-11-18T23:30:00.000Z',
      BERLIN,
    );
    const shown = { stage: 'Negotiation', enteredAt: '2026-11-19T00:00:00.000Z', approximate: true as const };
    await save(d, dealPage({ id: 'late-read', crm: 'pipedrive', stage: 'Negotiation', history: [shown] }), NOW, BERLIN);
    const team = await loadTeamView({
      db: d,
      filters: { period: '30d', motion: 'mid-market' },
      settings: settings({ timeZone: BERLIN }),
      now: NOW,
    });
    expect(team.deals.find((row) => row.key === dealKeyOf('late-read', undefined, 'pipedrive'))?.daysInStage).toBe(1);
  });
});

describe("control: the same deal with the zone setting the browser's (UTC)", () => {
  it('shows 1 day in Negotiation', async () => {
    const d = await db();
    await save(
      d,
      dealPage({ id: 'late-read', crm: 'pipedrive', stage: 'Qualified' }),
      '2026-11-10T12:00:00.000Z',
      'UTC',
    );
    await save(
      d,
      dealPage({ id: 'late-read', crm: 'pipedrive', stage: 'Proposal' }),
      '2026-11-18T23:30:00.000Z',
      'UTC',
    );
    const shown = { stage: 'Negotiation', enteredAt: '2026-11-19T00:00:00.000Z', approximate: true as const };
    await save(d, dealPage({ id: 'late-read', crm: 'pipedrive', stage: 'Negotiation', history: [shown] }), NOW, 'UTC');
    const view = await dealView(d, dealKeyOf('late-read', undefined, 'pipedrive'), NOW, { timeZone: 'UTC' });
    expect(view.daysInStage).toBe(1);
  });
});
