import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Activity } from '../../../lib/schema/activity';
import type { TeamFilters } from '../../../lib/team/filters';
import { loadTeamView } from '../../../lib/team/load-team-view';
import type { TeamView } from '../../../lib/team/team-view';
import { teamWorld } from '../../bench/team-world';
import { NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

/**
 * The team view of a busy cache must not change when the page reads it another way. The expected
 * views were computed by the reads of a1c4699 (every owner's packs asked for one after another,
 * owners from the activities' owner index) and saved. A change of how the page reads must leave
 * them as they are; only a change of a figure's rule or of the team world (test/bench/team-world.ts)
 * may save them again (`TOUCHLINE_TEAM_GOLDEN=write`), with the difference reviewed.
 */
const GOLDEN = join(import.meta.dirname, 'same-view.golden.json');
const DAY = 86_400_000;

/**
 * The bench's team world at a small size, with what the plain world lacks: an owner whose name
 * sorts differently by code unit than by locale (lower case), an owner with only undated
 * activities, a second CRM account, and packs an import left stale (rows written after the mark).
 */
async function cache(): Promise<TouchlineDb> {
  const world = teamWorld({ activities: 1_500, contacts: 90, deals: 45, reps: 5 }, NOW.toISOString());
  const renamed = world.activities.map((a, i): Activity => (i % 7 === 3 ? { ...a, owner: 'ana Lowercase' } : a));
  const undated = renamed.slice(0, 4).map((a, i): Activity => {
    const { timestamp: _t, timePrecision: _p, ...rest } = a;
    return { ...rest, key: `${a.key}-undated-${i}`, owner: 'Zed Undated', dateText: 'last spring' };
  });
  const elsewhere = renamed.slice(10, 40).map(
    (a, i): Activity => ({
      ...a,
      key: `salesforce:acme.lightning.force.com:activity:${i}`,
      crm: 'salesforce',
      tenant: 'acme.lightning.force.com',
      contactKeys: ['salesforce:acme.lightning.force.com:contact:003000000000001AAA'],
      dealKeys: [],
    }),
  );
  const db = await cacheWith({
    activities: [...renamed, ...undated, ...elsewhere],
    deals: world.deals,
    contacts: world.contacts,
  });
  await markStale(db, renamed);
  return db;
}

/** Two owner-days of the last week get rows the packs do not hold, and a stale mark, as an import leaves them. */
async function markStale(db: TouchlineDb, activities: readonly Activity[]): Promise<void> {
  const recent = activities.filter((a) => a.timestamp && Date.parse(a.timestamp) > NOW.getTime() - 7 * DAY);
  const tx = db.transaction(['activities', 'activityPacks'], 'readwrite');
  for (const [i, a] of recent.slice(0, 2).entries()) {
    const day = (a.timestamp as string).slice(0, 10);
    const extra = { ...a, key: `${a.key}-imported-${i}`, title: 'Imported later', origin: 'import' as const };
    await tx.objectStore('activities').put(extra);
    // An import's mark: no entries, the rows are the truth until the pack is rebuilt.
    await tx
      .objectStore('activityPacks')
      .put({ owner: a.owner as string, day, crm: a.crm, tenant: a.tenant, entries: [], stale: 1 });
  }
  await tx.done;
}

const CASES: Record<string, Partial<TeamFilters>> = {
  'every account and owner, 30 days': { period: '30d' },
  'one account, 90 days': { period: '90d', account: 'hubspot:2451908' },
  'one owner, this quarter': { period: 'this-quarter', owner: 'Casey Nguyen' },
};

async function views(): Promise<Record<string, unknown>> {
  const db = await cache();
  const out: Record<string, unknown> = {};
  for (const [name, extra] of Object.entries(CASES)) {
    let first: TeamView | undefined;
    const view = await loadTeamView({
      db,
      filters: { period: '30d', motion: 'mid-market', ...extra },
      settings: settings(),
      now: NOW,
      onFirstScreen: (shown) => {
        first = shown;
      },
    });
    out[name] = JSON.parse(JSON.stringify({ first, view }));
  }
  return out;
}

describe('the team view over a busy cache', () => {
  it('is the view the earlier reads gave, for each set of filters', async () => {
    const got = await views();
    if (process.env.TOUCHLINE_TEAM_GOLDEN === 'write') writeFileSync(GOLDEN, `${JSON.stringify(got, null, 1)}\n`);
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, { view: { reps: unknown[] } }>;
    // The world is rich enough to show something in every case.
    for (const name of Object.keys(CASES)) expect(expected[name]?.view.reps.length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  }, 60_000);

  it("counts active contacts' touches only, so touches = active contacts × touches per contact", async () => {
    const got = (await views()) as Record<string, { view: TeamView }>;
    for (const { view } of Object.values(got))
      for (const row of [view.team, ...view.reps].filter((r) => r !== null)) {
        const channels = Object.values(row.counts.byChannel).reduce((a, b) => a + b, 0);
        expect([row.counts.total, channels + (row.counts.tasks ?? 0)]).toEqual([
          row.perContact.touches,
          row.counts.total,
        ]);
      }
  }, 60_000);
});
