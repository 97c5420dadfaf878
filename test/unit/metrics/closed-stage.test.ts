import { describe, expect, it } from 'vitest';
import { dealOutcome } from '../../../lib/metrics/closed-stage';
import { stageOutcome } from '../../../lib/metrics/stage-outcome';
import { at, deal, history } from './builders';

describe('stageOutcome', () => {
  it.each([
    ['Closed Won', 'won'],
    ['Closed lost', 'lost'],
    ['Closed-Won', 'won'],
    ['Won', 'won'],
    ['Lost', 'lost'],
    ['Gewonnen', 'won'],
    ['Abgeschlossen und verloren', 'lost'],
    ['Gagné', 'won'],
    ['Fermée perdue', 'lost'],
    ['Ganado', 'won'],
    ['Cerrado perdido', 'lost'],
    ['Cierre ganado', 'won'],
    ['Cierre perdido', 'lost'],
    ['Ganho', 'won'],
    ['Fechado perdido', 'lost'],
    ['Gesloten gewonnen', 'won'],
    ['Verloren', 'lost'],
  ] as const)('reads "%s" as closed %s', (name, outcome) => {
    expect(stageOutcome(name)).toBe(outcome);
  });

  it.each(['Negotiation', 'Closed', 'Won back', 'Lost contact', 'Proposal sent', 'Angebot'])(
    'reads "%s" as an open stage',
    (name) => {
      expect(stageOutcome(name)).toBeUndefined();
    },
  );
});

describe('dealOutcome', () => {
  it('takes the page’s closed marker first, else the current stage’s name', () => {
    expect(dealOutcome(deal({ stage: 'Negotiation', closed: 'lost' }))).toBe('lost');
    expect(dealOutcome(deal({ stage: 'Ganado' }))).toBe('won');
    expect(dealOutcome(deal({ stage: undefined, stageHistory: history(['Perdu', at('2026-11-02 10:00')]) }))).toBe(
      'lost',
    );
    expect(dealOutcome(deal({ stage: 'Proposal' }))).toBeUndefined();
  });
});
