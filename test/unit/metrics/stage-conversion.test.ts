import { describe, expect, it } from 'vitest';
import { stageConversion, stageOrder } from '../../../lib/metrics/stage-conversion';
import { at, deal, history, PIPELINE } from './builders';

/** The pipeline as HubSpot's path shows it: the open stages, then the two closed ones. */
const WITH_CLOSED = [...PIPELINE, 'Closed won', 'Closed lost'];

const path = (...stages: string[]) =>
  history(
    ...stages.map((stage, i): [string, string] => [stage, at(`2026-09-${String(1 + i * 5).padStart(2, '0')} 10:00`)]),
  );

describe('stageConversion', () => {
  const deals = [
    deal({ stage: 'Proposal', stageHistory: path('Discovery', 'Qualified', 'Demo', 'Proposal') }),
    deal({ stage: 'Qualified', stageHistory: path('Discovery', 'Qualified') }),
    deal({ stage: 'Closed lost', closed: 'lost', stageHistory: path('Discovery', 'Qualified', 'Closed lost') }),
    deal({ stage: 'Closed won', closed: 'won', stageHistory: path('Discovery', 'Qualified', 'Demo', 'Closed won') }),
    deal({ stage: 'Discovery', stageHistory: path('Discovery', 'Qualified', 'Discovery') }),
  ];

  it('is the share of deals that entered an open stage and moved on to a later one or were won', () => {
    expect(stageConversion(WITH_CLOSED, deals)).toEqual([
      { stage: 'Discovery', entered: 5, advanced: 5, rate: 1 },
      { stage: 'Qualified', entered: 5, advanced: 2, rate: 0.4 },
      { stage: 'Demo', entered: 2, advanced: 2, rate: 1 },
      { stage: 'Proposal', entered: 1, advanced: 0, rate: 0 },
      { stage: 'Negotiation', entered: 0, advanced: 0, rate: null },
    ]);
  });

  it('does not count a move to a lost stage as moving forward', () => {
    const lostInNegotiation = deal({
      stage: 'Closed lost',
      closed: 'lost',
      stageHistory: path('Discovery', 'Qualified', 'Demo', 'Proposal', 'Negotiation', 'Closed lost'),
    });
    const negotiation = stageConversion(WITH_CLOSED, [lostInNegotiation]).find((row) => row.stage === 'Negotiation');
    expect(negotiation).toEqual({ stage: 'Negotiation', entered: 1, advanced: 0, rate: 0 });
  });

  it('shows no rows for the closed stages: they are outcomes', () => {
    expect(stageConversion(WITH_CLOSED, deals).map((row) => row.stage)).toEqual(PIPELINE);
  });

  it('gives 0 for Qualified → Closed lost when the page shows no path', () => {
    const lost = deal({ stages: undefined, stage: 'Closed lost', stageHistory: path('Qualified', 'Closed lost') });
    expect(stageConversion(stageOrder(lost), [lost])).toEqual([
      { stage: 'Qualified', entered: 1, advanced: 0, rate: 0 },
    ]);
  });

  it('counts a deal won or lost in an open stage (Pipedrive keeps the stage) by its closed marker', () => {
    const inOpenStage = {
      crm: 'pipedrive',
      stage: 'Negotiation',
      stageHistory: path('Proposal', 'Negotiation'),
    } as const;
    const won = deal({ ...inOpenStage, closed: 'won' });
    const lost = deal({ ...inOpenStage, closed: 'lost' });
    expect(stageConversion(PIPELINE, [won, lost]).slice(3)).toEqual([
      { stage: 'Proposal', entered: 2, advanced: 2, rate: 1 },
      { stage: 'Negotiation', entered: 2, advanced: 1, rate: 0.5 },
    ]);
  });

  it('recognises closed stages in the CRM’s own language, even without a closed marker', () => {
    const stages = ['Qualifiziert', 'Angebot', 'Abgeschlossen und gewonnen', 'Verloren'];
    const german = [
      deal({ stages, stage: 'Verloren', stageHistory: path('Qualifiziert', 'Angebot', 'Verloren') }),
      deal({
        stages,
        stage: 'Abgeschlossen und gewonnen',
        stageHistory: path('Angebot', 'Abgeschlossen und gewonnen'),
      }),
    ];
    expect(stageConversion(stages, german)).toEqual([
      { stage: 'Qualifiziert', entered: 1, advanced: 1, rate: 1 },
      { stage: 'Angebot', entered: 2, advanced: 1, rate: 0.5 },
    ]);
  });

  it('takes the order from the deal’s history when the page shows no pipeline path', () => {
    expect(
      stageOrder(deal({ stages: undefined, stageHistory: path('Discovery', 'Demo', 'Discovery', 'Proposal') })),
    ).toEqual(['Discovery', 'Demo', 'Proposal']);
  });
});
