import { describe, expect, it } from 'vitest';
import { browserTimeZone } from '../../../lib/db/time-precision';
import { samePipelineDeals } from '../../../lib/metrics/same-pipeline';
import { typicalStageTime } from '../../../lib/metrics/typical-stage-time';
import type { Deal } from '../../../lib/schema/record';
import { readSummaries } from '../../../lib/team/read-records';
import { typicalTimes } from '../../../lib/team/typical-times';
import { deal, history, NOW, PIPELINE, settings, TENANT } from '../metrics/builders';
import { cacheWith } from './team-cache';

const HOUR = 3_600_000;
const ACCOUNT = { crm: 'hubspot' as const, tenant: TENANT };

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Deals of two pipelines and of none, each through some of the stages, staying 2 hours to 40 days in each. */
function someDeals(seed: number): Deal[] {
  const rand = random(seed);
  return Array.from({ length: 60 }, (_, i) => {
    let at = NOW.getTime() - (100 + rand() * 200) * 24 * HOUR;
    const reached = 1 + Math.floor(rand() * PIPELINE.length);
    const entries: [string, string][] = PIPELINE.slice(0, reached).map((stage) => {
      const entry: [string, string] = [stage, new Date(at).toISOString()];
      at += (2 + rand() * 40 * 24) * HOUR;
      return entry;
    });
    const pipeline = ['Sales pipeline', 'Renewals', undefined][i % 3];
    return deal({
      stage: (entries.at(-1) as [string, string])[0],
      stageHistory: history(...entries),
      ...(pipeline ? { pipeline } : { pipeline: undefined }),
    });
  });
}

/** What the panel's rule gives from the deals themselves: the oracle. */
function fromDeals(target: Deal, stage: string, deals: readonly Deal[], timeZone: string) {
  return typicalStageTime(stage, samePipelineDeals(target, deals), { ...settings(), timeZone });
}

describe('typical time in stage on the team page', () => {
  it('is the same from the stage summaries as from every deal of the pipeline', async () => {
    const timeZone = browserTimeZone();
    for (const seed of [1, 2, 3]) {
      const deals = someDeals(seed);
      const summaries = await readSummaries(await cacheWith({ deals }), [ACCOUNT]);
      expect(summaries.length).toBeGreaterThan(0);
      const typical = typicalTimes(deals, { ...settings(), timeZone }, summaries);
      for (const target of deals) {
        for (const stage of [...PIPELINE, 'Never entered']) {
          expect(typical.of(target, stage)).toEqual(fromDeals(target, stage, deals, timeZone));
        }
      }
    }
  });

  it('takes a pipeline counted in another zone from its deals', async () => {
    const deals = someDeals(4);
    const emptied = (await readSummaries(await cacheWith({ deals }), [ACCOUNT])).map((row) => ({
      ...row,
      timeZone: 'Pacific/Kiritimati',
      days: {},
    }));
    const timeZone = browserTimeZone() === 'Asia/Tokyo' ? 'Europe/Berlin' : 'Asia/Tokyo';
    const typical = typicalTimes(deals, { ...settings(), timeZone }, emptied);
    const target = deals[0] as Deal;
    const own = fromDeals(target, 'Discovery', deals, timeZone);
    expect(own.source).toBe('own-deals');
    expect(typical.of(target, 'Discovery')).toEqual(own);
  });

  it('reads only the summaries of the accounts asked for', async () => {
    const other = deal({
      tenant: '99001',
      key: 'hubspot:99001:deal:1',
      stage: 'Qualified',
      stageHistory: history(['Discovery', '2026-09-01T10:00:00Z'], ['Qualified', '2026-09-09T10:00:00Z']),
    });
    const db = await cacheWith({ deals: [...someDeals(5), other] });
    const ours = await readSummaries(db, [ACCOUNT]);
    expect(new Set(ours.map((row) => row.tenant))).toEqual(new Set([TENANT]));
    const theirs = await readSummaries(db, [{ crm: 'hubspot', tenant: '99001' }]);
    expect(theirs.map((row) => row.stage).sort()).toEqual(['Discovery', 'Qualified']);
  });
});
