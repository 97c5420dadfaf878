// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { firstNumbers } from '../../../lib/content/first-numbers';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { at, deal, history, NOW, settings } from '../metrics/builders';

/**
 * The first numbers drawn before the whole panel give a closed deal's missing days the reason the
 * stage card gives (components/stage-days.ts daysMissing), not "stage history not read".
 */
describe('the first numbers of a deal closed won', () => {
  it('say the deal sits in an outcome, with the stage card’s reason', () => {
    const view = buildDealView({
      deal: deal({
        stage: 'Closed won',
        stageHistory: history(['Proposal', at('2026-08-01 10:00')], ['Closed won', at('2026-09-01 10:00')]),
      }),
      activities: [],
      contacts: [],
      summaries: [],
      settings: settings(),
      now: NOW,
    });
    const days = firstNumbers(view, []).querySelector<HTMLElement>('[data-metric="days-in-stage"]');
    expect([days?.dataset.value, days?.dataset.reason]).toEqual(['', 'closed-outcome']);
    expect(days?.parentElement?.textContent).not.toMatch(/stage history not read/);
  });
});
