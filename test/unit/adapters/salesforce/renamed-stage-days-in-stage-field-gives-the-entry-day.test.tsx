// @vitest-environment happy-dom
// A German Salesforce org renamed its picklist value "Angebot" to
// "Angebot/Preisangebot". This opportunity entered it on 10.11.2026 at 14:15; the Stage History
// related list ("Phasenverlauf", crm-pages.md / crm-evidence-2.md: Stage History related list)
// still shows that row under the old name, while the Path and the Phase field show
// "Angebot/Preisangebot", and the layout has a duration field "Tage in Phase: 10" (the reader
// already knows this German label for a shown duration).
//
// metrics.md "Time in stage": "A duration the page shows ('12 days in stage') gives the entry day
// exactly." 20 Nov − 10 days = entered 10 Nov: 10 days in stage, exact (no data-upper).
//
// Without the fix, the duration is dropped because its entry (10 Nov 00:00) is not after the history's last
// row (10 Nov 14:15, another stage name), and the deal is taken to have entered its stage only when
// Touchline saw it: the panel shows "0–10 days", and the old name gets a finished 0-day stay.
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
    ['Tage in Phase', '10'],
  ],
  // Newest first, as the related list sorts it; the newest row under the stage's old name.
  history: [
    ['Angebot', '10.11.2026, 14:15'],
    ['Bedarfsanalyse', '27.10.2026, 09:00'],
    ['Qualifizierung', '14.10.2026, 11:30'],
    ['Interessent', '2.10.2026, 10:00'],
  ],
});

describe('Salesforce (de): "Tage in Phase: 10" on a stage the history lists under its old name', () => {
  it('shows 10 days in stage, exact', async () => {
    const ext = extension('UTC');
    const view = asDeal((await openPage(ext, page, sfUrl)).view);
    const { container } = renderPanel({ status: 'ready', view });
    expect(metric(container, 'stage').dataset.value).toBe('Angebot/Preisangebot');
    const days = metric(container, 'days-in-stage');
    expect({ value: days.dataset.value, upper: days.dataset.upper ?? null }).toEqual({ value: '10', upper: null });
  });
});
