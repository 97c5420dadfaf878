/**
 * crm-evidence-2.md (B): a cui5 stage button's `aria-label` holds the stage's name; its visible text
 * carries the days in the stage as a prefix ("3 T · <stage>"). Stages are named after what happens
 * in them ("21 Day Trial", "7d Pilot", "10 Tage Probe"): a number in the name is no day count.
 * Read as one, the deal "entered" its stage that many days ago on a page that shows no entry at all.
 */
import { describe, expect, it } from 'vitest';
import { readDeal } from './read-written-page';
import { dealPage, stage } from './written-deal-page';

const page = (current: string, days: string) =>
  dealPage({
    title: 'Harbour rollout',
    bar: [stage('Qualified', '', false), stage(current, days, true), stage('Closing', '', false)].join(''),
  });

describe('Pipedrive: a number inside a stage name', () => {
  it.each([
    ['en-US', '21 Day Trial'],
    ['en-US', '7d Pilot'],
    ['de-DE', '10 Tage Probe'],
  ])('%s "%s" shown without a prefix: no entry day is made up', (lang, name) => {
    const { record } = readDeal('/deal/31', page(name, ''), { lang, title: 'Harbour rollout - Deals' });
    expect(record.stage).toBe(name);
    expect(record.stageHistory ?? []).toEqual([]);
  });

  it('"2d · 21 Day Trial": the prefix gives the entry day, 18 November', () => {
    const { record } = readDeal('/deal/31', page('21 Day Trial', '2d'), { title: 'Harbour rollout - Deals' });
    expect(record.stageHistory).toContainEqual({
      stage: '21 Day Trial',
      enteredAt: '2026-11-18T00:00:00.000Z',
      approximate: true,
    });
  });
});
