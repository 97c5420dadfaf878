// @vitest-environment happy-dom
// The other page the same-day rule must read (renamed-stage-bar-days-give-the-entry-day.test.tsx
// is the first): a German Pipedrive deal moved "Kontakt hergestellt → Demo geplant" at 09:30 today
// (20 Nov), which its History shows, and on to "Angebot erstellt" this afternoon, which the History
// does not show yet; the bar says "0 T · Angebot erstellt", and still lists "Demo geplant" as one of
// the pipeline's stages, so that stage was not renamed: the deal left it.
//
// metrics.md: the shown duration "gives the entry day exactly": "Angebot erstellt" entered today,
// 0 days, exact; the stay in "Demo geplant" before it began and ended today, 0 days. Sorted by time
// alone, the bar's entry (today 00:00) came before the 09:30 move and "Demo geplant" read as the
// stage the deal is in.
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { metric, renderPanel } from '../../components/render-panel';
import { asDeal, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { pdDealDe, url } from './german-deal-page-by-hand';

afterEach(cleanup);

const page = pdDealDe({
  id: '8002',
  title: 'Fjordline — Lagerhalle',
  pipeline: 'Vertriebspipeline',
  current: 'Angebot erstellt',
  days: { 'Angebot erstellt': 0 },
  created: '1. November 2026 um 09:00',
  moves: [['Kontakt hergestellt', 'Demo geplant', '20. November 2026 um 09:30']],
});

describe('Pipedrive (de): "0 T · Angebot erstellt" on the day the History shows a move into "Demo geplant"', () => {
  it('reads a second move that day: 0 days in "Angebot erstellt", after a finished stay in "Demo geplant"', async () => {
    const ext = extension('UTC');
    ext.clock.now = new Date('2026-11-20T15:00:00Z');
    const deal = asDeal((await openPage(ext, page, url('8002'))).view);
    const { container } = renderPanel({ status: 'ready', view: deal });
    expect(metric(container, 'stage').dataset.value).toBe('Angebot erstellt');
    const days = metric(container, 'days-in-stage');
    expect({ value: days.dataset.value, upper: days.dataset.upper ?? null }).toEqual({ value: '0', upper: null });
    expect(deal.stageTimeline.map(({ stage, days, current }) => ({ stage, days, current }))).toEqual([
      { stage: 'Kontakt hergestellt', days: 19, current: false },
      { stage: 'Demo geplant', days: 0, current: false },
      { stage: 'Angebot erstellt', days: 0, current: true },
    ]);
  });
});
