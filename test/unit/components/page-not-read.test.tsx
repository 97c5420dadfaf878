// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotRead } from '../../../lib/schema/read-result';
import type { ContactView, DealView } from '../../../lib/schema/view-model';
import { metric, renderPanel } from './render-panel';
import { fleetPilot, jordanLee } from './view-fixtures';

afterEach(cleanup);

const TIMELINE: NotRead = { field: 'activities', reason: 'no activity timeline on the page' };

function withNotRead(view: ContactView | DealView, notRead: NotRead[]) {
  return renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
}

/** A record Touchline has nothing stored for: what the background builds then (zeros everywhere). */
function nothingStored<T extends ContactView | DealView>(view: T): T {
  const touches = { ...view.touches, total: 0, byChannel: { call: 0, email: 0, meeting: 0, social: 0, sms: 0 } };
  return { ...view, touches, activitiesRead: 0, daysSinceLastTouch: null, recent: [] };
}

describe('a page whose activity timeline was not read', () => {
  it('shows the touch figures as not read, with the reason, never "0 touches" or "no touches yet"', () => {
    const { container } = withNotRead(nothingStored(jordanLee()), [TIMELINE]);
    for (const name of ['touches-total', 'days-since-last-touch', 'next-touch-due', 'reply-rate']) {
      expect([name, metric(container, name).dataset.value, metric(container, name).dataset.reason]).toEqual([
        name,
        '',
        'activities-not-read',
      ]);
    }
    expect(container.textContent).toContain("could not read this record's activity timeline");
    expect(container.textContent).toContain('no activity timeline on the page');
    expect(container.textContent).not.toMatch(/No activity on this record yet|no touches yet/);
    expect(screen.getByRole('button', { name: 'Log a call' })).toBeTruthy();
  });

  it('says the figures stand on the activities stored before, when there are some', () => {
    const { container } = withNotRead(jordanLee(), [TIMELINE]);
    const notice = container.querySelector('[data-notice="activities-not-read"]');
    expect(notice?.textContent).toMatch(/not all of this page's activity timeline was read.*14 activities/i);
    expect(metric(container, 'touches-total').dataset.value).toBe('9');
  });

  it('on a deal keeps the stage figures and raises no "no touch on any contact" flag', () => {
    const deal = { ...nothingStored(fleetPilot()), noRecentActivity: true, contactsTouched: 0 };
    const { container } = withNotRead(deal, [TIMELINE]);
    expect(metric(container, 'stage-warning').dataset.value).toBe('stalled');
    expect(metric(container, 'contacts-touched').dataset.value).toBe('');
    expect(metric(container, 'touches-total').dataset.reason).toBe('activities-not-read');
    expect(container.textContent).not.toMatch(/No touch on any of the deal's contacts/);
  });

  it('is told apart from a page read in full, which keeps its figures and notices as they were', () => {
    const { container } = withNotRead(nothingStored(jordanLee()), []);
    expect(metric(container, 'touches-total').dataset.value).toBe('0');
    expect(container.textContent).toMatch(/No activity on this record yet/);
  });
});

describe('a deal page whose contact list was not read', () => {
  it('does not say "0 of 0" contacts worked', () => {
    const deal = { ...fleetPilot(), contacts: [], contactsTouched: 0 };
    const { container } = withNotRead(deal, [{ field: 'record.contacts', reason: 'no associated contacts shown' }]);
    expect([
      metric(container, 'contacts-touched').dataset.value,
      metric(container, 'contacts-touched').dataset.reason,
    ]).toEqual(['', 'contacts-not-read']);
    expect(metric(container, 'contacts-touched').textContent).toContain('no associated contacts shown');
  });
});
