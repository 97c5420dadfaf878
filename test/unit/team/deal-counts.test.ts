import { describe, expect, it } from 'vitest';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { contact, deal, history, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe("the deals section's basis under a pipeline filter", () => {
  it('counts only the chosen pipeline’s deals as those typical times came from', async () => {
    const sales = [1, 2].map((i) =>
      deal({ name: `Sales ${i}`, stage: 'Demo', stageHistory: history(['Demo', daysAgo(5 + i)]) }),
    );
    const renewals = [1, 2, 3].map((i) =>
      deal({
        name: `Renewal ${i}`,
        pipeline: 'Renewals',
        stage: 'Demo',
        stageHistory: history(['Demo', daysAgo(5 + i)]),
      }),
    );
    const db = await cacheWith({ deals: [...sales, ...renewals], contacts: [contact()] });
    const view = (pipeline?: string) =>
      loadTeamView({
        db,
        filters: { period: '30d', motion: 'mid-market', ...(pipeline ? { pipeline } : {}) },
        settings: settings(),
        now: NOW,
      });
    // "2 open deals; typical times from 2 stored deals of the same account and pipeline".
    expect((await view('Sales pipeline')).dealCounts).toEqual({ open: 2, all: 2 });
    expect((await view()).dealCounts).toEqual({ open: 5, all: 5 });
  });
});
