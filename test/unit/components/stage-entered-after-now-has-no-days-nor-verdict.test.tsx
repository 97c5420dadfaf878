// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import { at, contact, deal, email, history, JORDAN, NOW, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * Fleet pilot: entered Demo Thu 1 Oct 10:00 and, by its stage history, Proposal Wed 25 Nov 09:00
 * (Los Angeles): five days after now (Fri 20 Nov 07:00), as a history edited by hand or imported
 * with a typo shows it. The brief asks for "a deal with a stage date in the future".
 *
 * By hand (metrics.md "Time in stage": now, or the exit time, minus the time the deal last entered
 * the stage; "All day counting happens in the user's time zone"): the deal has been in Demo from
 * 1 Oct to now, 50 days; no exit has happened yet. It cannot have spent 55 days there, as the
 * stage timeline says (counting to 25 Nov). And "0 days in stage · on pace" in Proposal is a
 * confident figure from an entry that has not happened: contracts.md asks a value that cannot be
 * computed to be empty with its reason, never a confident one.
 */
function stageCard() {
  const fleet = deal({
    stage: 'Proposal',
    contacts: [{ id: '901', name: 'Jordan Lee' }],
    stageHistory: history(['Demo', at('2026-10-01 10:00')], ['Proposal', at('2026-11-25 09:00')]),
  });
  const view = buildDealView({
    deal: fleet,
    activities: [email(at('2026-11-18 09:00'), 'Pilot proposal draft', { contactKeys: [JORDAN] })],
    contacts: [contact()],
    summaries: [],
    settings: settings(),
    now: NOW,
  });
  const { container } = renderPanel({ status: 'ready', view });
  return { container, card: screen.getByRole('region', { name: 'Stage' }) };
}

describe('a stage entered on a day still to come', () => {
  it('does not show more days in Demo than have passed since the deal entered it (50, not 55)', () => {
    stageCard();
    const history = screen.getByRole('list', { name: 'Stage history' });
    const steps = [...history.querySelectorAll('li')].map((li) => li.textContent);
    expect(steps.find((s) => s?.startsWith('Demo'))).not.toBe('Demo55 d');
    expect(steps.find((s) => s?.startsWith('Demo'))).toMatch(/^Demo(≥ ?)?50 d/);
    // The visit the history dates after today has not begun: no days.
    expect(steps.find((s) => s?.startsWith('Proposal'))).toBe('Proposal—');
  });

  it('does not call the deal "on pace" with 0 days in a stage it entered in the future', () => {
    const { container, card } = stageCard();
    const days = metric(container, 'days-in-stage');
    expect(days.dataset.value).toBe('');
    expect(days.dataset.reason).toBe('entered-after-now');
    expect(card.textContent).not.toMatch(/on pace/);
  });
});
