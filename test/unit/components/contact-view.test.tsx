// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type ContactView, contactViewSchema } from '../../../lib/schema/view-model';
import { metric, renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

function renderContact(change: (view: ContactView) => void = () => {}) {
  const view = jordanLee();
  change(view);
  return renderPanel({ status: 'ready', view: contactViewSchema.parse(view) });
}

describe('Contact view', () => {
  it("says the retention cutoff's day and hour in the user's zone", () => {
    const shown = (timeZone: string) => {
      const { container } = renderContact((view) => {
        view.period.timeZone = timeZone;
        view.period.keptFrom = '2026-10-21T15:00:00.000Z';
      });
      const text = container.querySelector('[data-notice="beyond-retention"]')?.textContent ?? '';
      cleanup();
      return text.match(/from (\d+ \w+ \d{4}, \d\d:\d\d)/)?.[1];
    };
    expect(shown('Asia/Tokyo')).toBe('22 Oct 2026, 00:00');
    expect(shown('Pacific/Honolulu')).toBe('21 Oct 2026, 05:00');
  });

  it("dates gaps and recent touches in the user's zone, not the browser's", () => {
    // A gap from 18:00 and a touch at 03:30 UTC, in Tokyo the next day; in Honolulu the day before.
    const shown = (timeZone: string) => {
      const { container } = renderContact((view) => {
        view.period.timeZone = timeZone;
        view.cadence.gaps = [{ from: '2026-10-27T18:00:00Z', to: '2026-11-04T17:00:00Z', days: 8 }];
        (view.recent[0] as ContactView['recent'][number]).timestamp = '2026-11-19T03:30:00Z';
      });
      const gaps = metric(container, 'cadence-gaps').parentElement?.textContent ?? '';
      const firstRecent = container.querySelector('.tl-recent-date')?.textContent;
      cleanup();
      return [gaps.match(/from (\d+ \w+)/)?.[1], firstRecent];
    };
    expect(shown('Asia/Tokyo')).toEqual(['28 Oct', '19 Nov']);
    expect(shown('Pacific/Honolulu')).toEqual(['27 Oct', '18 Nov']);
  });

  it('shows a reply rate a reply without a date may change as unknown, with its counts', () => {
    const { container } = renderContact((view) => {
      view.outcomes.replyRate = { value: null, numerator: 0, denominator: 1, reason: 'undated-replies' };
      view.outcomes.touchesToFirstReply = null;
      view.outcomes.undatedReplies = 1;
    });
    const rate = metric(container, 'reply-rate');
    expect([rate.dataset.value, rate.dataset.reason]).toEqual(['', 'undated-replies']);
    const card = container.querySelector('section[aria-label="Outcomes"]')?.textContent ?? '';
    expect(card).toContain('0 of 1 email answered; a reply without a readable date may answer more');
    expect(card).toContain('1 reply without a readable date: when the first came is not known');
    expect(card).not.toContain('no reply in period');
  });

  it('carries the contract metrics with plain values', () => {
    const { container } = renderContact();
    const value = (name: string) => metric(container, name).dataset.value;
    expect(value('touches-total')).toBe('9');
    expect(value('touches-call')).toBe('2');
    expect(value('touches-email')).toBe('5');
    expect(value('touches-meeting')).toBe('2');
    expect(value('touches-social')).toBe('0');
    expect(value('touches-sms')).toBe('0');
    expect(value('touches-automated')).toBe('2');
    expect(value('reply-rate')).toBe('0.25');
    expect(value('connect-rate')).toBe('0.50');
    expect(value('days-since-last-touch')).toBe('1');
    expect(value('cadence-gaps')).toBe('1');
    expect(value('activities-read')).toBe('14');
    expect(value('touches-undated')).toBe('0');
    expect(value('meetings-held')).toBe('2');
    expect(value('gone-cold')).toBe('false');
    expect(value('band')).toBe('8-14');
    expect(metric(container, 'band').dataset.motion).toBe('mid-market');
    const next = metric(container, 'next-touch-due');
    expect(next.dataset.value).toBe('2026-11-24');
    expect(next.dataset.channel).toBe('social');
    expect(next.hasAttribute('data-overdue')).toBe(false);
  });

  it('shows numbers with units and the band without calling more better', () => {
    const { container } = renderContact();
    expect(metric(container, 'touches-total').parentElement?.textContent).toContain('9 touches in last 30 days');
    expect(container.textContent).toContain('band 8–14 (mid-market)');
    expect(container.textContent).toContain('25%');
    expect(container.textContent).toContain('1 of 4 emails answered');
    expect(container.textContent).not.toContain('over the last 30 days');
    expect(container.textContent).toContain('first reply after 4 outbound touches');
    expect(container.textContent).not.toMatch(/\bbetter\b|great|good job/i);
  });

  it('shows a rate without a denominator as "—" with the reason in words', () => {
    const { container } = renderContact((view) => {
      view.touches.byChannel.call = 0;
      view.outcomes.connectRate = { value: null, numerator: 0, denominator: 0, reason: 'no-calls' };
    });
    const connect = metric(container, 'connect-rate');
    expect(connect.dataset.value).toBe('');
    expect(connect.dataset.reason).toBe('no-calls');
    expect(connect.textContent).toBe('—');
    expect(connect.parentElement?.textContent).toContain('no outbound calls in period');
    expect(container.textContent).not.toMatch(/NaN|(^|\D)0%/);
  });

  it('marks an overdue next step', () => {
    const { container } = renderContact((view) => {
      view.cadence.nextDue = { date: '2026-11-17', channel: 'call', step: 4, overdue: true };
    });
    const next = metric(container, 'next-touch-due');
    expect(next.dataset.overdue).toBe('true');
    expect(next.textContent).toBe('call, due Tue 17 Nov overdue');
  });

  it('names a follow-up after the cadence ended', () => {
    const { container } = renderContact((view) => {
      view.cadence.nextDue = { date: '2026-12-03', channel: 'email', step: 0, overdue: false, kind: 'follow-up' };
    });
    expect(metric(container, 'next-touch-due').textContent).toBe('email follow-up, due Thu 3 Dec');
  });

  it('says in the headline how many touches could not be dated', () => {
    const { container } = renderContact((view) => {
      view.touches.undated = 2;
    });
    const undated = metric(container, 'touches-undated');
    expect(undated.dataset.value).toBe('2');
    expect(undated.parentElement?.textContent).toContain('9 touches in last 30 days · 2 touches could not be dated');
    expect(screen.getByText('Report this page')).toBeTruthy();
  });

  it('says where the counts start when the period reaches back past what Touchline keeps', () => {
    expect(renderContact().container.querySelector('[data-notice]')).toBeNull();
    cleanup();
    const { container } = renderContact((view) => {
      view.period.keptFrom = '2026-10-21T15:00:00.000Z';
    });
    const notice = container.querySelector<HTMLElement>('[data-notice="beyond-retention"]');
    expect(notice?.dataset.value).toBe('2026-10-21T15:00:00.000Z');
    expect(notice?.textContent).toBe(
      'Counted from 21 Oct 2026, 15:00: activities read from pages before it are no longer kept (the retention setting on the options page); touches logged in Touchline are all counted.',
    );
    cleanup();
    // A period wholly before the cutoff ("last quarter" with 30 days kept) is not said to be counted from a later day.
    const past = renderContact((view) => {
      view.period.keptFrom = '2026-12-21T15:00:00.000Z';
    }).container.querySelector('[data-notice="beyond-retention"]');
    expect(past?.textContent).toMatch(
      /^None of last 30 days is kept: activities read from pages are kept from 21 Dec 2026, 15:00 on/,
    );
  });

  it('shows automated touches apart when the setting leaves them out', () => {
    const { container } = renderContact((view) => {
      view.touches = { ...view.touches, total: 7, manual: 7, automated: 2, automatedCounted: false };
    });
    expect(metric(container, 'touches-automated').parentElement?.textContent).toContain('2 automated, not counted');
  });

  it('says the band is over the last 30 days when the panel shows another period', () => {
    const { container } = renderContact((view) => {
      view.period = { ...view.period, label: 'last 7 days' };
      view.band = { motion: 'enterprise', low: 12, high: 20, position: 'below', touches: 9, samePeriod: false };
    });
    expect(metric(container, 'band').dataset.value).toBe('12-20');
    expect(metric(container, 'band').dataset.motion).toBe('enterprise');
    expect(container.textContent).toContain('over the last 30 days: 9 touches');
  });

  it('explains a missing next step and last touch instead of leaving them blank', () => {
    const { container } = renderContact((view) => {
      view.daysSinceLastTouch = null;
      view.cadence.nextDue = null;
    });
    expect(metric(container, 'days-since-last-touch').dataset.reason).toBe('no-touches');
    expect(metric(container, 'next-touch-due').dataset.value).toBe('');
    expect(metric(container, 'next-touch-due').textContent).toBe('no next step planned');
  });

  it('raises the vanity and gone-cold flags when they apply', () => {
    renderContact((view) => {
      view.outcomes.vanity = true;
      view.cadence.goneCold = true;
      view.cadence.goneColdReason = 'no touch for 16 days and no reply';
    });
    expect(screen.getByText(/effort in the wrong/)).toBeTruthy();
    expect(screen.getByText('Gone cold: no touch for 16 days and no reply').dataset.value).toBe('true');
  });

  it('draws the cadence strip with one dot per outbound touch and a labelled gap', () => {
    const { container } = renderContact();
    const strip = screen.getByRole('img', { name: /6 outbound touches in last 30 days, 1 gap, longest 8 days/ });
    expect(strip.querySelectorAll('circle')).toHaveLength(6);
    expect(strip.querySelectorAll('rect')).toHaveLength(1);
    expect(container.textContent).toContain('8 d from 27 Oct');
  });

  it('lists recent touches with their origin, and the CRM figure with the explanation', () => {
    renderContact();
    const recent = screen.getByRole('region', { name: 'Recent touches' });
    expect(recent.textContent).toContain('Quick check-in');
    expect(recent.textContent).toContain('logged');
    expect(recent.textContent).toContain('Re: Route pricing');
    expect(recent.textContent).toContain('inbound');
    const crm = screen.getByRole('region', { name: 'CRM figures compared' });
    expect(crm.textContent).toContain('Times contacted');
    expect(crm.textContent).toContain('CRM says 7 · Touchline 9');
    expect(crm.textContent).toContain('Touchline counts inbound replies and your 1 logged call.');
  });

  it('renders page text as text, never as markup', () => {
    const { container } = renderContact((view) => {
      view.name = '<img src=x onerror=alert(1)>Jordan';
    });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('<img src=x onerror=alert(1)>Jordan');
  });
});
