// @vitest-environment happy-dom
// The other page the same-day rule must read (renamed-stage-days-in-stage-field-gives-the-entry-day
// .test.tsx is the first): a German opportunity whose Stage History's newest row is "Bedarfsanalyse"
// on 20.11.2026, 09:00; it moved on to "Angebot/Preisangebot" that afternoon, which the related
// list does not show (GUESSED: a list drawn from Lightning's record cache before the move). Read on
// 21 Nov, the Phase field and the Path show "Angebot/Preisangebot", "Tage in Phase: 1", and the Path
// still lists "Bedarfsanalyse": no renamed stage, a second move on the row's day.
//
// metrics.md: the shown duration "gives the entry day exactly": entered 20 Nov, 1 day in
// "Angebot/Preisangebot", exact; the stay in "Bedarfsanalyse" began and ended on 20 Nov, 0 days.
// Without the fix, the duration's entry (20 Nov 00:00) was not after the row (09:00) and was
// dropped: the time in stage was a range, "0–1 days", from Touchline's own sighting.
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { metric, renderPanel } from '../../components/render-panel';
import { asDeal, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { sfOpportunityDe, sfUrl } from './german-opportunity-page-by-hand';

afterEach(cleanup);

const page = sfOpportunityDe({
  path: ['Interessent', 'Qualifizierung', 'Bedarfsanalyse', 'Angebot/Preisangebot', 'Verhandlung/Überprüfung'],
  current: 'Angebot/Preisangebot',
  fields: [
    ['Opportunity-Name', 'Kestrel — Flottenpilot'],
    ['Phase', 'Angebot/Preisangebot'],
    ['Tage in Phase', '1'],
  ],
  history: [
    ['Bedarfsanalyse', '20.11.2026, 09:00'],
    ['Qualifizierung', '14.10.2026, 11:30'],
    ['Interessent', '2.10.2026, 10:00'],
  ],
});

describe('Salesforce (de): "Tage in Phase: 1" dating the entry on the day of the history\'s newest row, another stage on the Path', () => {
  it("reads a second move that day: 1 day in stage, exact, after the row's stay", async () => {
    const ext = extension('UTC');
    ext.clock.now = new Date('2026-11-21T15:00:00Z');
    const view = asDeal((await openPage(ext, page, sfUrl)).view);
    const { container } = renderPanel({ status: 'ready', view });
    expect(metric(container, 'stage').dataset.value).toBe('Angebot/Preisangebot');
    const days = metric(container, 'days-in-stage');
    expect({ value: days.dataset.value, upper: days.dataset.upper ?? null }).toEqual({ value: '1', upper: null });
    expect(view.stageTimeline.slice(-2).map(({ stage, days, current }) => ({ stage, days, current }))).toEqual([
      { stage: 'Bedarfsanalyse', days: 0, current: false },
      { stage: 'Angebot/Preisangebot', days: 1, current: true },
    ]);
  });
});
