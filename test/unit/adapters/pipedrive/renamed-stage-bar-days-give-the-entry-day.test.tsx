// @vitest-environment happy-dom
// A manager's Pipedrive (German UI) renamed the stage "Demo geplant" to
// "Demo vereinbart" yesterday. The deal moved into it on 17 Nov at 09:30; its History still shows
// that move with the name the stage had then ("Phase: Kontakt hergestellt → Demo geplant"), and
// the stage bar shows the current stage with its days, "3 T · Demo vereinbart" (crm-evidence-2.md:
// "that prefix is a time-in-stage source").
//
// metrics.md "Time in stage": "A duration the page shows ('12 days in stage') gives the entry day
// exactly" — the deal entered on 17 Nov, now is 20 Nov 15:00 UTC: 3 days, exact, no range.
// Typical time: "the median time that deals ... spent in that stage before leaving it" — this deal
// never left "Demo vereinbart", so it is no sample for it (0 deals, not 1).
//
// Without the fix, the bar's entry (17 Nov 00:00, dated by day) sorts before the History's 09:30 move, so the
// stored history reads Demo vereinbart → Demo geplant → Demo vereinbart (re-entered "now"): the
// panel shows "0–3 days", a 0-day visit to "Demo vereinbart" that ended is made up, and it is
// counted as a deal that left the stage.
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { metric, renderPanel } from '../../components/render-panel';
import { asDeal, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { pdDealDe, url } from './german-deal-page-by-hand';

afterEach(cleanup);

const renamed = (html: string) =>
  html
    .replaceAll('aria-label="Demo geplant"', 'aria-label="Demo vereinbart"')
    .replaceAll('3 T · Demo geplant</button>', '3 T · Demo vereinbart</button>');

const page = renamed(
  pdDealDe({
    id: '8001',
    title: 'Fjordline — Kühlhaus-Pilot',
    pipeline: 'Vertriebspipeline',
    current: 'Demo geplant',
    days: { 'Demo geplant': 3 },
    created: '1. November 2026 um 09:00',
    moves: [['Kontakt hergestellt', 'Demo geplant', '17. November 2026 um 09:30']],
  }),
);

describe('Pipedrive (de): a renamed stage shown on the bar as "3 T · Demo vereinbart"', () => {
  it('shows 3 days in stage, exact, and no deal that left "Demo vereinbart"', async () => {
    const ext = extension('UTC');
    const { view } = await openPage(ext, page, url('8001'));
    const deal = asDeal(view);
    const { container } = renderPanel({ status: 'ready', view: deal });
    expect(metric(container, 'stage').dataset.value).toBe('Demo vereinbart');
    const days = metric(container, 'days-in-stage');
    expect({ value: days.dataset.value, upper: days.dataset.upper ?? null }).toEqual({ value: '3', upper: null });
    expect(deal.typicalDaysInStage).toMatchObject({ source: 'default', deals: 0 });
    // One stay in "Demo vereinbart", the current one, never a finished 0-day visit before it.
    expect(deal.stageTimeline.filter((s) => s.stage === 'Demo vereinbart').map((s) => s.current)).toEqual([true]);
  });
});
