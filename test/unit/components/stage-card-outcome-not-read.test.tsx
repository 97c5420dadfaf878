// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { at, deal, history, NOW, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * The stage card of a deal whose outcome the page could not show (its stage names in a language
 * Touchline has no words for): it may be won, so no "stalled", nor "on pace" either. contracts.md:
 * a value that cannot be computed has data-value="" and a data-reason; the card says why in words.
 * Before, the card showed "⚠ stalled" on the deal 81 days into its stage.
 */
it('shows no warning, and says the outcome was not read', () => {
  const d = deal({
    stage: '성사됨',
    outcomeNotReadIn: '성사됨',
    stageHistory: history(['계약 진행', at('2026-08-01 10:00')], ['성사됨', at('2026-08-31 10:00')]),
  });
  const view = buildDealView({ deal: d, activities: [], contacts: [], summaries: [], settings: settings(), now: NOW });
  const { container } = renderPanel({ status: 'ready', view });
  const warning = metric(container, 'stage-warning');
  expect([warning.dataset.value, warning.dataset.reason]).toEqual(['', 'outcome-not-read']);
  expect(warning.textContent).toMatch(
    /^Outcome not read: the page did not show in a way Touchline reads whether the deal is won, lost or still open/,
  );
  expect(container.querySelector('.tl-warning')).toBeNull();
  expect(container.textContent).not.toMatch(/stalled|on pace/);
  expect(metric(container, 'days-in-stage').dataset.value).toBe('81');
});
