// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { metric, renderPanel } from '../components/render-panel';
import * as b from '../metrics/builders';

afterEach(cleanup);

/**
 * The page shows the deal in Negotiation, but the stage history it shows ends with Proposal
 * (entered 1 Oct): the move to Negotiation is missing. The panel rightly shows days in stage as
 * "—" ("counting from an older visit would overstate the time"). metrics.md: time in a stage is
 * until the exit time; when not known exactly it is a range ("≥ N" or "N–M"), never an exact number.
 * Here Proposal ended some time between 1 Oct and now (20 Nov): it is not the current stage and
 * its stay is not an exact 50 days.
 */
describe('stage history when the page misses the latest move', () => {
  const deal = b.deal({
    stage: 'Negotiation',
    stageHistory: b.history(['Demo', b.at('2026-09-20 10:00')], ['Proposal', b.at('2026-10-01 10:00')]),
  });
  const view = buildDealView({ deal, activities: [], contacts: [], summaries: [], settings: b.settings(), now: b.NOW });

  it('does not mark the older stage as current beside a deal in Negotiation', () => {
    const { container } = renderPanel({ status: 'ready', view });
    expect(metric(container, 'stage').dataset.value).toBe('Negotiation');
    expect(metric(container, 'days-in-stage').dataset.value).toBe('');
    const current = container.querySelector('.tl-stages [aria-current="step"] .tl-stage-name');
    expect(current?.textContent ?? null).not.toBe('Proposal');
  });

  it("does not show Proposal's stay, whose end is unknown, as an exact 50 days", () => {
    const { container } = renderPanel({ status: 'ready', view });
    const rows = [...container.querySelectorAll('.tl-stages li')].map((li) => li.textContent);
    const proposal = rows.find((row) => row?.startsWith('Proposal'));
    expect(proposal).toBeDefined();
    expect(proposal).not.toBe('Proposal50 d');
  });
});
