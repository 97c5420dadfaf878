// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Deal } from '../../../lib/schema/record';
import { at, deal, history, NOW, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * A closed deal's stage card (metrics.md "Time in stage": now, or the exit time; closed won / lost
 * are outcomes, not stages): no growing count. The outcome stage shows no days and no typical time;
 * a deal closed in an open stage shows its days until the close date, or, with none read, no value
 * with its reason (contracts.md: data-value="" and data-reason). Before, both showed 80 days.
 */
const render = (d: Deal) =>
  renderPanel({
    status: 'ready',
    view: buildDealView({ deal: d, activities: [], contacts: [], summaries: [], settings: settings(), now: NOW }),
  });
const rows = (container: Element) => [...container.querySelectorAll('.tl-stages li')].map((li) => li.textContent);
const wonInNegotiation = (closeDate?: string) =>
  deal({
    crm: 'pipedrive',
    stage: 'Negotiation',
    closed: 'won',
    ...(closeDate ? { closeDate } : {}),
    stageHistory: history(['Proposal', at('2026-08-01 10:00')], ['Negotiation', at('2026-09-01 10:00')]),
  });

describe('the stage card of a closed deal', () => {
  it('shows the outcome stage without days or typical time, and the last open stage until the close', () => {
    const { container } = render(
      deal({
        stage: 'Closed won',
        stageHistory: history(['Proposal', at('2026-08-01 10:00')], ['Closed won', at('2026-09-01 10:00')]),
      }),
    );
    const days = metric(container, 'days-in-stage');
    const typical = metric(container, 'typical-days-in-stage');
    expect([days.dataset.value, days.dataset.reason]).toEqual(['', 'closed-outcome']);
    expect([typical.dataset.value, typical.dataset.reason]).toEqual(['', 'closed-outcome']);
    expect(container.querySelector('.tl-stage-days')?.textContent).toBe('— closed: an outcome, not a stage');
    expect(rows(container)).toEqual(['Proposal31 d', 'Closed wonwon']);
  });

  it('gives no value and says why when the deal closed in an open stage and no close date was read', () => {
    const { container } = render(wonInNegotiation());
    const days = metric(container, 'days-in-stage');
    expect([days.dataset.value, days.dataset.reason]).toEqual(['', 'close-not-read']);
    expect(container.querySelector('.tl-stage-days')?.textContent).toContain('closed; close date not read');
    expect(rows(container).at(-1)).toBe('Negotiation—');
  });

  it('counts the open stage the deal closed in until its close date', () => {
    const { container } = render(wonInNegotiation('2026-10-15'));
    expect(metric(container, 'days-in-stage').dataset.value).toBe('44');
    expect(container.textContent).toContain('Counted until the deal closed.');
    expect(rows(container).at(-1)).toBe('Negotiation44 d');
  });
});
