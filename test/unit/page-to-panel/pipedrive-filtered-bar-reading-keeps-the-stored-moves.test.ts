/**
 * Review s60 (regb). metrics.md Deal stages: time in stage counts from the last entry; "a deal that re-enters a
 * stage starts counting again"; stage conversion = of the deals that entered a stage, the share that
 * moved to a later stage or were won. crm-evidence-2.md: each bar step's prefix is the days spent in it.
 *
 * A deal created Oct 1 moved Lead In → Contact Made (Oct 11), → Proposal Made (Oct 21), and back to
 * Contact Made (Nov 2). Read on Nov 10 with the whole History (all three changelog rows): Touchline
 * stores the exact history. Read again on Nov 20 with the History filtered to Activities (no
 * changelog rows shown): the bar still reads "10 d · Lead In", "18 d · Contact Made" (current),
 * "12 d · Proposal Made". Nothing new about the past was shown: the history stays Lead In Oct 1,
 * Contact Made Oct 11, Proposal Made Oct 21, Contact Made Nov 2 (Proposal Made 12 days, no stay
 * back in Lead In), and days in stage is 18.
 */
import { expect, it } from 'vitest';
import type { DealView } from '../../../lib/schema/view-model';
import { extension } from './chain';
import { openPage } from './open-hand-written-page';
import { call, change, dealPage, dealUrl } from './pipedrive-deal-page-with-filter';

it('a filtered second reading does not put a made-up stay in Lead In after Proposal Made', async () => {
  const ext = extension('UTC');
  const first = dealPage({
    id: '4402',
    bar: [
      ['Lead In', '10 d'],
      ['Contact Made', '8 d'],
      ['Proposal Made', '12 d'],
      ['Negotiations Started', ''],
    ],
    current: 'Contact Made',
    created: 'October 1, 2026',
    history: [
      call('/activities/7101', 'Call with Marta', 'November 9, 2026 at 11:00 AM'),
      change('Stage: Proposal Made → Contact Made', 'November 2, 2026 at 10:00 AM'),
      change('Stage: Contact Made → Proposal Made', 'October 21, 2026 at 10:00 AM'),
      change('Stage: Lead In → Contact Made', 'October 11, 2026 at 10:00 AM'),
    ].join(''),
  });
  ext.clock.now = new Date('2026-11-10T15:00:00Z');
  const a = await openPage(ext, first, dealUrl('4402'));
  const v1 = a.view as DealView;
  expect(v1.stageTimeline.map((s) => s.stage)).toEqual(['Lead In', 'Contact Made', 'Proposal Made', 'Contact Made']);

  ext.clock.now = new Date('2026-11-20T15:00:00Z');
  const second = dealPage({
    id: '4402',
    bar: [
      ['Lead In', '10 d'],
      ['Contact Made', '18 d'],
      ['Proposal Made', '12 d'],
      ['Negotiations Started', ''],
    ],
    current: 'Contact Made',
    created: 'October 1, 2026',
    filter: 'activities',
    history: [
      call('/activities/7102', 'Call with Marta again', 'November 18, 2026 at 11:00 AM'),
      call('/activities/7101', 'Call with Marta', 'November 9, 2026 at 11:00 AM'),
    ].join(''),
  });
  const b = await openPage(ext, second, dealUrl('4402'));
  const v = b.view as DealView;
  expect(v.stageTimeline.map((s) => s.stage)).toEqual(['Lead In', 'Contact Made', 'Proposal Made', 'Contact Made']);
  const pm = v.stageTimeline.find((s) => s.stage === 'Proposal Made');
  expect(pm?.days).toBe(12);
  expect(v.daysInStage).toBe(18);
});

it('a whole History with no moves: the passed steps are stays, unless a later step has days (the deal moved back)', async () => {
  const read = async (bar: [string, string][]) => {
    const ext = extension('UTC');
    ext.clock.now = new Date('2026-11-20T15:00:00Z');
    const html = dealPage({
      id: '4410',
      bar,
      current: 'Contact Made',
      created: 'October 1, 2026',
      history: call('/activities/7301', 'Call with Marta', 'November 18, 2026 at 11:00 AM'),
    });
    const { view } = await openPage(ext, html, dealUrl('4410'));
    return (view as DealView).stageTimeline.map((s) => [s.stage, s.enteredAt.slice(0, 10)]);
  };
  // 20 Nov − 18 days = 2 Nov into Contact Made; 10 days before, 23 Oct, into Lead In.
  expect(
    await read([
      ['Lead In', '10 d'],
      ['Contact Made', '18 d'],
      ['Proposal Made', ''],
      ['Negotiations Started', ''],
    ]),
  ).toEqual([
    ['Lead In', '2026-10-23'],
    ['Contact Made', '2026-11-02'],
  ]);
  expect(
    await read([
      ['Lead In', '10 d'],
      ['Contact Made', '18 d'],
      ['Proposal Made', '12 d'],
      ['Negotiations Started', ''],
    ]),
  ).toEqual([['Contact Made', '2026-11-02']]);
});
