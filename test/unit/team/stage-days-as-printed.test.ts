import { describe, expect, it, vi } from 'vitest';
import { recordView } from '../../../lib/background/record-view';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { deal, history, LA, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

// The browser the pages were read in ran in UTC, whatever zone runs this test.
vi.mock('../../../lib/db/time-precision', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/db/time-precision')>()),
  browserTimeZone: () => 'UTC',
}));

/**
 * decisions.md: a date-only reading is its date as printed; metrics.md (Time in stage): whole
 * calendar days in the user's zone. The deal's page, read in a browser in UTC, printed the day the
 * deal entered "Demo" as Nov 1, 2026 with no time: stored as 00:00 UTC. The user's zone setting
 * is Los Angeles, where that instant is still Oct 31. By hand: from Nov 1 to today, Nov 20 in Los
 * Angeles (15:00 UTC is 07:00 there), 19 days, not 20; the deal's panel says the same.
 */
describe('days in stage on the team page for a stage entry the page dated by day alone (decisions.md: its date as printed)', () => {
  it('counts from the printed day in the zone setting: 19 days, as the panel does, when the browser read it in UTC', async () => {
    const demo = deal({
      name: 'Printed day',
      stage: 'Demo',
      stageHistory: history(['Demo', '2026-11-01T00:00:00.000Z']),
    });
    const db = await cacheWith({ deals: [demo] });
    const s = settings({ timeZone: LA });
    const team = await loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: s, now: NOW });
    expect(team.deals.find((d) => d.key === demo.key)?.daysInStage).toBe(19);
    const panel = await recordView(db, demo.key, { settings: s, now: NOW, onInvalid: () => undefined });
    expect(panel?.kind === 'deal' ? panel.daysInStage : null).toBe(19);
  });

  it("takes the typical time from the printed days too: 9 days in Demo, as the panel's typical time", async () => {
    // Five deals the page dated into Demo on Oct 1 (no time, stored 00:00 UTC) that moved on at
    // Oct 11, 03:00 UTC (Oct 10, 20:00 in Los Angeles). By hand, in Los Angeles: Oct 1 → Oct 10, 9 days each.
    const left = [1, 2, 3, 4, 5].map((n) =>
      deal({
        name: `Left ${n}`,
        stage: 'Proposal',
        stageHistory: history(['Demo', '2026-10-01T00:00:00.000Z'], ['Proposal', '2026-10-11T03:00:00.000Z']),
      }),
    );
    const open = deal({ name: 'Open', stage: 'Demo', stageHistory: history(['Demo', '2026-11-01T00:00:00.000Z']) });
    const db = await cacheWith({ deals: [...left, open] });
    const s = settings({ timeZone: LA });
    const team = await loadTeamView({ db, filters: { period: '30d', motion: 'mid-market' }, settings: s, now: NOW });
    expect(team.deals.find((d) => d.key === open.key)?.typicalDays).toBe(9);
    const panel = await recordView(db, open.key, { settings: s, now: NOW, onInvalid: () => undefined });
    expect(panel?.kind === 'deal' ? panel.typicalDaysInStage?.days : null).toBe(9);
  });
});
