// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { at, deal, history, NOW, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * contracts.md "Panel test contract": where a value cannot be computed, data-value="" and data-reason
 * says why. A deal whose page showed neither its stage nor a stage history has no time in stage and
 * nothing to compare: its warning is not known, so it is not "none" (which reads as on pace).
 */
it('gives the stage warning no value, with the days in stage reason, when the time in stage is not known', () => {
  const d = deal({ stage: undefined, stageHistory: [] });
  const view = buildDealView({ deal: d, activities: [], contacts: [], summaries: [], settings: settings(), now: NOW });
  expect([view.daysInStage, view.warning]).toEqual([null, null]);
  const { container } = renderPanel({ status: 'ready', view });
  const warning = metric(container, 'stage-warning');
  expect([warning.dataset.value, warning.dataset.reason]).toEqual(['', 'no-stage']);
  expect(warning.textContent).toBe(
    'Time in stage unknown: the stage history does not show when the deal entered its stage.',
  );
});

it('(control) keeps "none" for an open deal on pace, and for a closed one: closed deals never warn', () => {
  const open = deal({ stage: 'Demo', stageHistory: history(['Demo', at('2026-11-16 10:00')]) });
  const onPace = buildDealView({
    deal: open,
    activities: [],
    contacts: [],
    summaries: [],
    settings: settings(),
    now: NOW,
  });
  expect(onPace.warning).toBe('none');
  const won = deal({
    stage: 'Closed won',
    closed: 'won',
    stageHistory: history(['Closed won', at('2026-11-16 10:00')]),
  });
  const closed = buildDealView({
    deal: won,
    activities: [],
    contacts: [],
    summaries: [],
    settings: settings(),
    now: NOW,
  });
  expect([closed.daysInStage, closed.warning]).toEqual([null, 'none']);
});
