import { describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { at, deal, history, NOW, settings } from './builders';

/**
 * metrics.md "Stalled": closed (won or lost) deals never get a warning; "Stage conversion": closed
 * won / closed lost are outcomes, not rows. By hand: an Italian deal in "Chiuso vinto" since 1 Sep,
 * viewed 20 Nov, is closed won: no warning, no "no recent activity" flag, and only its open stages
 * have conversion rows. It was read as open: stalled, flagged, with a "Chiuso vinto" row.
 */
describe('a deal closed in an Italian-named stage', () => {
  it('never warns on a deal in "Chiuso vinto" and shows no conversion row for it', () => {
    const won = deal({
      stage: 'Chiuso vinto',
      stages: ['Qualificato', 'Proposta', 'Chiuso vinto', 'Chiuso perso'],
      stageHistory: history(['Proposta', at('2026-08-01 10:00')], ['Chiuso vinto', at('2026-09-01 10:00')]),
    });
    const view = buildDealView({
      deal: won,
      activities: [],
      contacts: [],
      summaries: [],
      settings: settings(),
      now: NOW,
    });
    expect(view).toMatchObject({ closed: 'won', warning: 'none', noRecentActivity: false });
    expect(view.conversion.map((row) => row.stage)).toEqual(['Qualificato', 'Proposta']);
  });
});
