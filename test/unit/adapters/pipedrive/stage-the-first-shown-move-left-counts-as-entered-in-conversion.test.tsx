// @vitest-environment happy-dom
// Five deals of the manager's Pipedrive pipeline (German UI), each History showing
// its stage changes (crm-evidence-2.md: the feed mixes activities and changes, kind `dealChange`):
// "Phase: Kontakt hergestellt → Demo geplant", then "Phase: Demo geplant → Angebot erstellt". The
// sidebar shows no "Deal erstellt" row (a layout without it), so the day each deal entered
// "Kontakt hergestellt" is not on the page; that it was there, and moved on, is.
//
// metrics.md "Stage conversion": "of the deals that entered a stage, the share that moved to a later
// stage or were won". By hand: 5 deals entered "Kontakt hergestellt" (each page shows a move out of
// it), all 5 moved on to "Demo geplant" (a later stage on the bar): 5 of 5, rate 1.
//
// Without the fix, the stage left by a deal's first shown move is kept out of its history when its entry time
// is not shown, so the panel's row says "no deals entered yet" and "—" for a stage five deals
// visibly went through.
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from '../../components/render-panel';
import { asDeal, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { type PdDeal, pdDealDe, url } from './german-deal-page-by-hand';

afterEach(cleanup);

const P = 'Vertriebspipeline';
const movedOn = (id: string, inDay: number, outDay: number): PdDeal => ({
  id,
  title: `Fjordline ${id}`,
  pipeline: P,
  current: 'Angebot erstellt',
  days: { 'Angebot erstellt': 20 - outDay },
  moves: [
    ['Demo geplant', 'Angebot erstellt', `${outDay}. November 2026 um 11:00`],
    ['Kontakt hergestellt', 'Demo geplant', `${inDay}. November 2026 um 10:00`],
  ],
});

describe('Pipedrive (de): deals whose History shows them moving out of "Kontakt hergestellt"', () => {
  it('count as having entered it: 5 of 5 moved on', async () => {
    const ext = extension('UTC');
    const deals = [
      movedOn('5001', 1, 5),
      movedOn('5002', 2, 7),
      movedOn('5003', 3, 9),
      movedOn('5004', 4, 12),
      movedOn('5005', 10, 11),
    ];
    let last: ReturnType<typeof asDeal> | undefined;
    for (const d of deals) last = asDeal((await openPage(ext, pdDealDe(d), url(d.id))).view);
    const view = last as ReturnType<typeof asDeal>;
    const { container } = renderPanel({ status: 'ready', view });
    const shown = [...container.querySelectorAll('[aria-label="Stage conversion"] tr')].find((tr) =>
      tr.textContent?.startsWith('Kontakt hergestellt'),
    );
    expect(shown?.textContent).toBe('Kontakt hergestellt100%5 of 5 moved on or won');
    const row = view.conversion.find((r) => r.stage === 'Kontakt hergestellt');
    expect(row).toEqual({ stage: 'Kontakt hergestellt', entered: 5, advanced: 5, rate: 1 });
  });
});
