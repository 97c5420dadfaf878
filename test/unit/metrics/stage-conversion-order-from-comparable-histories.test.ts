/**
 * metrics.md "Stage conversion": of the deals that entered a stage, the share that moved to a
 * later stage or were won; a move to a lost stage is not a move forward. A HubSpot page that shows
 * no list of the pipeline's stages (read-deal.ts notes `record.stages` not read) and CSV-imported
 * deals have no `stages`: the order then comes from every comparable deal's history, as the team
 * page's funnel (lib/team/funnel.ts, historyOrder) takes it, not from the viewed deal's alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStageSummaries } from '../../../lib/db/stage-summary-tally';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Deal } from '../../../lib/schema/record';
import { funnel } from '../../../lib/team/funnel';
import { at, deal, history, LA, NOW, PIPELINE, settings } from './builders';

const DAY = 86_400_000;

function conversionOnPanel(viewed: Deal, deals: readonly Deal[]) {
  return buildDealView({
    deal: viewed,
    activities: [],
    contacts: [],
    summaries: buildStageSummaries(deals, LA),
    settings: settings(),
    now: NOW,
  }).conversion;
}

describe('stage conversion on a deal whose page shows no pipeline path', () => {
  /**
   * By hand: the viewed deal went Discovery → Qualified (now in Qualified). Four other deals of
   * the same pipeline went Qualified → Demo. Discovery: 1 entered, 1 moved on. Qualified: 5
   * entered, 4 moved on (to Demo) = 0.8. Demo: 4 entered, none moved on.
   */
  const viewed = deal({
    stages: undefined,
    stage: 'Qualified',
    stageHistory: history(['Discovery', at('2026-11-01 10:00')], ['Qualified', at('2026-11-10 10:00')]),
  });
  const movedOn = [1, 2, 3, 4].map(() =>
    deal({
      stages: undefined,
      stage: 'Demo',
      stageHistory: history(['Qualified', at('2026-10-01 10:00')], ['Demo', at('2026-10-08 10:00')]),
    }),
  );
  const expected = [
    { stage: 'Discovery', entered: 1, advanced: 1, rate: 1 },
    { stage: 'Qualified', entered: 5, advanced: 4, rate: 0.8 },
    { stage: 'Demo', entered: 4, advanced: 0, rate: 0 },
  ];

  it("counts deals that moved on to a stage the viewed deal has not reached yet, as the team page's funnel does", () => {
    expect(conversionOnPanel(viewed, [viewed, ...movedOn])).toEqual(expected);
    expect(funnel([viewed, ...movedOn])?.rows).toEqual(expected);
    expect(funnel([...movedOn, viewed])?.rows).toEqual(expected);
  });
});

describe('stage conversion without a pipeline path when the histories leave an order open', () => {
  /**
   * Three deals went Qualified → Demo, the viewed one Demo → Qualified, one sits in Qualified: the
   * histories put each of the two stages after the other, so their order cannot be known.
   * comparableStageOrder then takes the stage more deals entered (Qualified, 5; Demo, 4) as the
   * earlier, whatever the viewed deal did. By hand: Qualified 5 entered, 3 moved on (to Demo);
   * Demo 4 entered, none moved on (the viewed deal's move to Qualified goes back).
   */
  const twoStages = (first: string, second: string) =>
    deal({
      stages: undefined,
      stage: second,
      stageHistory: history([first, at('2026-10-01 10:00')], [second, at('2026-10-08 10:00')]),
    });
  const viewed = twoStages('Demo', 'Qualified');
  const forward = [1, 2, 3].map(() => twoStages('Qualified', 'Demo'));
  const waiting = deal({
    stages: undefined,
    stage: 'Qualified',
    stageHistory: history(['Qualified', at('2026-11-02 10:00')]),
  });

  it('takes the stage more comparable deals entered as the earlier one', () => {
    expect(conversionOnPanel(viewed, [viewed, ...forward, waiting])).toEqual([
      { stage: 'Qualified', entered: 5, advanced: 3, rate: 0.6 },
      { stage: 'Demo', entered: 4, advanced: 0, rate: 0 },
    ]);
  });
});

describe('stage conversion without a pipeline path when one deal loops and won deals record no later stage', () => {
  /**
   * Every deal that went through both stages went Discovery → Demo; one (looping) went back to
   * Discovery once and then on to Demo again. By hand, in the true order Discovery, Demo:
   * Discovery: 5 entered (three won, the looping one, one sitting there), moved on 4 (the three
   * won and the looping one, which reached Demo) = 0.8. Demo: 6 entered (three won through
   * Discovery, one won from Demo, the looping one, one sitting there), moved on 4 (the won ones) =
   * 0.67; the looping deal's move back to Discovery is not a move on.
   */
  const path = (...stages: string[]) =>
    deal({
      stages: undefined,
      stage: stages.at(-1),
      stageHistory: stages.map((stage, i) => ({
        stage,
        enteredAt: new Date(Date.UTC(2026, 9, 1) + i * DAY).toISOString(),
      })),
    });
  const wonThroughBoth = [1, 2, 3].map(() => path('Discovery', 'Demo', 'Closed won'));
  const wonFromDemo = path('Demo', 'Closed won');
  const looping = path('Discovery', 'Demo', 'Discovery', 'Demo');
  const inDemo = path('Demo');
  const inDiscovery = path('Discovery');
  const deals = [wonFromDemo, inDemo, looping, ...wonThroughBoth, inDiscovery];
  const expected = [
    { stage: 'Discovery', entered: 5, advanced: 4, rate: 0.8 },
    { stage: 'Demo', entered: 6, advanced: 4, rate: 0.67 },
  ];

  it("follows the direction the deals moved on every deal's panel, the single move back flipping nothing", () => {
    for (const viewed of deals) expect(conversionOnPanel(viewed, deals)).toEqual(expected);
  });

  it('gives the same rows on the team page whichever deal is listed first', () => {
    for (const first of deals) expect(funnel([first, ...deals.filter((d) => d !== first)])?.rows).toEqual(expected);
  });
});

const ending = fc.constantFrom('open', 'won-stage', 'lost-stage', 'won-marker', 'lost-marker');

/** A deal that only ever moves forward: some of PIPELINE's stages in order, then how it ended. */
const journey = fc.record({
  stops: fc
    .uniqueArray(fc.integer({ min: 0, max: PIPELINE.length - 1 }), { minLength: 1, maxLength: 5 })
    .map((stops) => [...stops].sort((a, b) => a - b)),
  ending,
});
/** `stops`: indexes into PIPELINE, in the order the deal went through them. */
type Journey = typeof journey extends fc.Arbitrary<infer T> ? T : never;

function dealOf({ stops, ending }: Journey): Deal {
  const stages = stops.map((i) => PIPELINE[i] as string);
  if (ending === 'won-stage') stages.push('Closed won');
  if (ending === 'lost-stage') stages.push('Closed lost');
  const closed = ending === 'won-marker' ? 'won' : ending === 'lost-marker' ? 'lost' : undefined;
  // Pipedrive: a deal won or lost by its marker stays in its open stage (closed-stage.ts); closed
  // stages are read by their names whatever the CRM.
  return deal({
    crm: 'pipedrive',
    stages: undefined,
    stage: stages.at(-1),
    stageHistory: stages.map((stage, i) => ({
      stage,
      enteredAt: new Date(Date.UTC(2026, 5, 1) + i * DAY).toISOString(),
    })),
    ...(closed ? { closed } : {}),
  });
}

/**
 * The oracle, knowing the true pipeline: a deal that entered a stage moved on when it was won or
 * reached a stage of PIPELINE further on at some point after first entering it. Rows: the open
 * stages some deal entered, by name (the histories need not settle the order of two stages no deal
 * went between).
 */
function oracle(journeys: readonly Journey[]) {
  return PIPELINE.flatMap((stage, index) => {
    const inStage = journeys.filter((j) => j.stops.includes(index));
    const advanced = inStage.filter(
      (j) =>
        j.ending === 'won-stage' ||
        j.ending === 'won-marker' ||
        j.stops.slice(j.stops.indexOf(index) + 1).some((stop) => stop > index),
    ).length;
    const entered = inStage.length;
    return entered === 0 ? [] : [{ stage, entered, advanced, rate: Math.round((advanced / entered) * 100) / 100 }];
  }).sort(byStage);
}

function byStage(a: { stage: string }, b: { stage: string }): number {
  return a.stage.localeCompare(b.stage);
}

describe('stage conversion without a pipeline path, deals that only move forward', () => {
  it("on every deal's panel and on the team page is what the true order gives", () => {
    fc.assert(
      fc.property(fc.array(journey, { minLength: 1, maxLength: 8 }), (journeys) => {
        const deals = journeys.map(dealOf);
        const expected = oracle(journeys);
        expect([...(funnel(deals)?.rows ?? [])].sort(byStage)).toEqual(expected);
        for (const viewed of deals) expect([...conversionOnPanel(viewed, deals)].sort(byStage)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * Deals that only move forward, one of which went through two stages, and one more deal that went
 * between those two, back once (and maybe forward again): the forward deals settle the two stages'
 * order, and the one move back must not turn it, whether or not the forward deals were won.
 */
const withOneLoop = fc
  .record({
    journeys: fc.array(journey, { minLength: 1, maxLength: 8 }),
    pair: fc.tuple(fc.nat(), fc.nat()),
    again: fc.boolean(),
    ending,
  })
  .filter(({ journeys, pair: [a, b] }) => {
    const stops = journeys[0]?.stops ?? [];
    return stops.length >= 2 && a % stops.length !== b % stops.length;
  })
  .map(({ journeys, pair, again, ending }) => {
    const stops = journeys[0]?.stops ?? [];
    const [early, late] = pair.map((i) => stops[i % stops.length] as number).sort((a, b) => a - b) as [number, number];
    const loop: Journey = { stops: again ? [early, late, early, late] : [early, late, early], ending };
    return [...journeys, loop];
  });

describe('stage conversion without a pipeline path, one deal moving back', () => {
  it("on every deal's panel and on the team page is what the true order gives", () => {
    fc.assert(
      fc.property(withOneLoop, (journeys) => {
        const expected = oracle(journeys);
        for (const listed of [journeys, [...journeys].reverse()]) {
          const deals = listed.map(dealOf);
          expect([...(funnel(deals)?.rows ?? [])].sort(byStage)).toEqual(expected);
          for (const viewed of deals) expect([...conversionOnPanel(viewed, deals)].sort(byStage)).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
