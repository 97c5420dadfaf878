// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type DealView, dealViewSchema } from '../../../lib/schema/view-model';
import { metric, renderPanel } from './render-panel';
import { fleetPilot } from './view-fixtures';

afterEach(cleanup);

function renderDeal(change: (view: DealView) => void = () => {}) {
  const view = fleetPilot();
  change(view);
  return renderPanel({ status: 'ready', view: dealViewSchema.parse(view) });
}

/** Fleet pilot's 11 touches: 1 of 4 emails answered, 1 of 3 calls connected, 2 meetings held. */
describe('Deal view: outcomes beside the touches (metrics.md "Outcomes beside activity")', () => {
  it('carries reply rate, connect rate and meetings held with the contact view’s hooks and plain values', () => {
    const { container } = renderDeal();
    const hook = (name: string) => metric(container, name).dataset.value;
    expect([hook('reply-rate'), hook('connect-rate'), hook('meetings-held')]).toEqual(['0.25', '0.33', '2']);
  });

  it('says each rate with its counts in the Outcomes card', () => {
    renderDeal();
    const outcomes = screen.getByRole('region', { name: 'Outcomes' });
    expect(outcomes.textContent).toContain('reply rate25%1 of 4 emails answered');
    expect(outcomes.textContent).toContain('connect rate33%1 of 3 calls');
    expect(outcomes.textContent).toContain('meetings held2');
  });

  it('puts the outcomes right after the touches, below the contacts worked and the last touch', () => {
    const { container } = renderDeal();
    const cards = [...container.querySelectorAll('section[aria-label]')].map((s) => s.getAttribute('aria-label'));
    const at = (name: string) => cards.indexOf(name);
    expect(at('Contacts on the deal')).toBeLessThan(at('Touches'));
    expect(at('Outcomes')).toBe(at('Touches') + 1);
  });

  it('shows "—" with the reason, never 0 %, when no call was made, and how many outcomes were not recorded', () => {
    const { container } = renderDeal((view) => {
      view.outcomes.connectRate = { value: null, numerator: 0, denominator: 0, reason: 'no-calls' };
      view.outcomes.unknownOutcomes = 1;
    });
    const connect = metric(container, 'connect-rate');
    expect([connect.dataset.value, connect.dataset.reason, connect.textContent]).toEqual(['', 'no-calls', '—']);
    expect(screen.getByRole('region', { name: 'Outcomes' }).textContent).toContain(
      '1 call or meeting without a recorded outcome',
    );
  });

  it('shows no touches to first reply or meeting on a deal: those follow one contact', () => {
    renderDeal();
    const outcomes = screen.getByRole('region', { name: 'Outcomes' });
    expect(outcomes.textContent).not.toMatch(/first (reply|meeting)|no reply in period/);
  });
});
