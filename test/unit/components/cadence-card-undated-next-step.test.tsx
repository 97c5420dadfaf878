// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CadenceCard } from '../../../components/CadenceCard';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { at, contact, email, NOW, settings, undated } from '../metrics/builders';
import { metric } from './render-panel';

afterEach(cleanup);

/**
 * The cadence card's "next" for a contact with touches whose date could not be read: when no step
 * can be dated, contracts.md's shape for a value that cannot be computed (data-value="" and a
 * data-reason) with the reason in words; beside a date, the caveat after it.
 */
function cardFor(activities: Activity[]) {
  const view = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });
  return render(
    <CadenceCard
      cadence={view.cadence}
      daysSinceLastTouch={view.daysSinceLastTouch}
      lastTouchReason="undated-touches"
      period={view.period}
    />,
  ).container;
}

describe('the cadence card with touches whose date could not be read', () => {
  it('shows no due date and why, when the only outbound touches are undated', () => {
    const next = metric(cardFor([undated('at the trade show'), undated('last spring')]), 'next-touch-due');
    expect(next.dataset.value).toBe('');
    expect(next.dataset.reason).toBe('undated-touches');
    expect(next.textContent).toBe('2 touches without a readable date: the next step cannot be dated.');
  });

  it('shows the due date with the caveat beside it when dated touches sit beside undated ones', () => {
    const next = metric(cardFor([email(at('2026-11-18 09:00')), undated('at the trade show')]), 'next-touch-due');
    expect(next.dataset.value).toBe('2026-11-20');
    expect(next.parentElement?.textContent).toBe(
      'next call, due Fri 20 Nov (1 touch without a readable date is not counted: one may be newer.)',
    );
  });
});
