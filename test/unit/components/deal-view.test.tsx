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

describe('Deal view', () => {
  it('carries the contract metrics with plain values', () => {
    const { container } = renderDeal();
    const value = (name: string) => metric(container, name).dataset.value;
    expect(value('stage')).toBe('Proposal');
    expect(value('days-in-stage')).toBe('23');
    expect(value('typical-days-in-stage')).toBe('10');
    expect(metric(container, 'typical-days-in-stage').dataset.source).toBe('own-deals');
    expect(value('stage-warning')).toBe('stalled');
    expect(value('contacts-touched')).toBe('2');
    expect(metric(container, 'contacts-touched').dataset.of).toBe('3');
    expect(value('days-since-last-touch')).toBe('1');
    expect(value('touches-total')).toBe('11');
    expect(value('touches-email')).toBe('6');
    expect(value('touches-automated')).toBe('2');
    expect(value('activities-read')).toBe('19');
  });

  it('heads the view with name, amount and stage', () => {
    renderDeal();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Fleet pilot · $31,500 · Proposal');
  });

  it('explains the stalled warning in words and where the typical time comes from', () => {
    renderDeal();
    const stage = screen.getByRole('region', { name: 'Stage' });
    expect(stage.textContent).toContain('stalled: 23 days in stage, typical 10 from your 12 deals — over 2× typical');
    expect(stage.textContent).toContain('median of your 12 deals that left this stage');
  });

  it('says when the typical time is the default', () => {
    const { container } = renderDeal((view) => {
      view.typicalDaysInStage = { days: 14, source: 'default', deals: 2 };
      view.warning = 'watch';
      view.warningReason =
        '23 days in stage, typical 14 (default: 2 of your deals that left Proposal have a known time there, 5 are needed) — over 1.5× typical';
    });
    expect(metric(container, 'typical-days-in-stage').dataset.source).toBe('default');
    expect(container.textContent).toContain('default: 2 of your deals that left this stage have a known time there');
  });

  it('shows the stage history as a timeline with the current stage marked', () => {
    renderDeal();
    const history = screen.getByRole('list', { name: 'Stage history' });
    const steps = history.querySelectorAll('li');
    expect([...steps].map((li) => li.textContent)).toEqual(['Discovery4 d', 'Qualified7 d', 'Demo5 d', 'Proposal23 d']);
    expect(steps[3]?.getAttribute('aria-current')).toBe('step');
  });

  it('lists each contact with touches and days since last touch', () => {
    renderDeal();
    const contacts = screen.getByRole('region', { name: 'Contacts on the deal' });
    expect(contacts.textContent).toContain('Contacts worked 2 of 3 (multi-threading)');
    expect(contacts.textContent).toContain('Jordan Lee9 touches in period; last touch 1 day ago');
    expect(contacts.textContent).toContain('Sam Okoye2 touches in period; last touch 12 days ago');
    expect(contacts.textContent).toContain('Rita Haasno touches');
    expect(contacts.textContent).toContain('Last touch on the deal: 1 day ago');
  });

  it('says none is kept, not "no touches yet", for a deal older than the days Touchline keeps', () => {
    const { container } = renderDeal((view) => {
      view.daysSinceLastTouch = null;
      view.lastTouchBeforeKept = true;
    });
    const last = metric(container, 'days-since-last-touch');
    expect([last.dataset.value, last.dataset.reason, last.textContent]).toEqual([
      '',
      'older-not-kept',
      'none in the days Touchline keeps',
    ]);
  });

  it('shows stage conversion where known and "—" where no deal entered', () => {
    renderDeal();
    const conversion = screen.getByRole('region', { name: 'Stage conversion' });
    expect(conversion.textContent).toContain('Demo60%6 of 10 moved on or won');
    expect(conversion.textContent).toContain('Proposal—no deals entered yet');
  });

  it('says why a stage deals entered has no share: imported deals whose history starts later may have passed through', () => {
    renderDeal((view) => {
      view.conversion = [
        { stage: 'Qualified', entered: 4, advanced: 3, rate: null },
        { stage: 'Proposal', entered: 3, advanced: 1, rate: 0.33 },
      ];
    });
    const rows = screen.getByRole('region', { name: 'Stage conversion' }).querySelectorAll('tr');
    expect([...rows].map((row) => row.textContent)).toEqual([
      'Qualified—3 of 4 moved on or won; share not known: imported deals may have passed through unseen',
      'Proposal33%1 of 3 moved on or won',
    ]);
  });

  it('never warns on a closed deal', () => {
    const { container } = renderDeal((view) => {
      view.closed = 'won';
      view.stage = 'Closed won';
      view.warning = 'none';
      view.warningReason = 'Closed won: closed deals get no stage warning.';
    });
    expect(metric(container, 'stage-warning').dataset.value).toBe('none');
    expect(metric(container, 'stage-warning').textContent).toBe('Closed won: closed deals get no stage warning.');
  });

  it('gives a reason when the stage could not be read', () => {
    const { container } = renderDeal((view) => {
      view.stage = undefined;
      view.daysInStage = null;
      view.typicalDaysInStage = null;
      view.warning = null;
      view.stageTimeline = [];
      view.warningReason = 'Time in stage unknown: the stage history does not show when the deal entered its stage.';
    });
    expect(metric(container, 'stage-warning').textContent).toContain('Time in stage unknown');
    const { value, reason } = metric(container, 'stage-warning').dataset;
    expect([value, reason]).toEqual(['', 'no-stage']);
    expect(metric(container, 'stage').dataset.value).toBe('');
    expect(metric(container, 'stage').dataset.reason).toBe('no-stage');
    expect(metric(container, 'days-in-stage').dataset.reason).toBe('no-stage');
    expect(metric(container, 'typical-days-in-stage').dataset.value).toBe('');
  });
});

describe('Deal view: time in stage known only as a range', () => {
  it('shows "N–M days" when Touchline saw the stage change between two visits', () => {
    const { container } = renderDeal((view) => {
      view.daysInStage = 1;
      view.daysInStageAtLeast = true;
      view.daysInStageUpTo = 15;
      view.warning = 'none';
    });
    const days = metric(container, 'days-in-stage');
    expect(days.dataset).toMatchObject({ value: '1', upper: '15', lowerBound: 'true' });
    expect(days.dataset.approximate).toBeUndefined();
    expect(days.parentElement?.textContent).toContain('1–15 days in stage');
    expect(metric(container, 'stage-warning').dataset.value).toBe('none');
    expect(metric(container, 'stage-warning').textContent).toBe('no warning yet: time in stage is a lower bound');
  });

  it('shows "≥ N days" with no upper bound when counted from Touchline’s first sighting', () => {
    const { container } = renderDeal((view) => {
      view.daysInStage = 10;
      view.daysInStageAtLeast = true;
    });
    const days = metric(container, 'days-in-stage');
    expect(days.dataset).toMatchObject({ value: '10', lowerBound: 'true' });
    expect(days.dataset.upper).toBeUndefined();
    expect(days.parentElement?.textContent).toContain('≥ 10 days in stage');
    expect(container.textContent).toContain('Counted from when Touchline first saw this deal');
  });

  it('shows a duration the page gave as exact, marked approximate', () => {
    const { container } = renderDeal((view) => {
      view.daysInStage = 12;
      view.daysInStageApproximate = true;
    });
    const days = metric(container, 'days-in-stage');
    expect(days.dataset).toMatchObject({ value: '12', approximate: 'true' });
    expect(days.dataset.lowerBound).toBeUndefined();
    expect(days.dataset.upper).toBeUndefined();
    expect(days.textContent).toBe('12');
  });

  it('shows an exact time in stage with none of the range attributes', () => {
    const { container } = renderDeal((view) => {
      view.warning = 'none';
    });
    expect(metric(container, 'stage-warning').textContent).toBe('on pace');
    const days = metric(container, 'days-in-stage');
    expect([days.dataset.lowerBound, days.dataset.upper, days.dataset.approximate]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(days.textContent).toBe('23');
  });

  it('shows ranges in the stage history', () => {
    renderDeal((view) => {
      view.stageTimeline = [
        { stage: 'Demo', enteredAt: '2026-10-20T17:00:00Z', days: 16, atLeast: true, current: false },
        { stage: 'Proposal', enteredAt: '2026-11-12T18:00:00Z', days: 8, atLeast: true, upTo: 15, current: true },
      ];
    });
    const steps = screen.getByRole('list', { name: 'Stage history' }).querySelectorAll('li');
    expect([...steps].map((li) => li.textContent)).toEqual(['Demo≥ 16 d', 'Proposal8–15 d']);
  });
});
