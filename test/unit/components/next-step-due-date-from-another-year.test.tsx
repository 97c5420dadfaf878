// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CadenceCard } from '../../../components/CadenceCard';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { at, contact, email, NOW, reply, settings } from '../metrics/builders';
import { metric } from './render-panel';

afterEach(cleanup);

function nextFor(createdAt: string, activities: Activity[], now = NOW) {
  const view = buildContactView({ contact: contact({ createdAt }), activities, settings: settings(), now });
  const { container } = render(
    <CadenceCard
      cadence={view.cadence}
      daysSinceLastTouch={view.daysSinceLastTouch}
      lastTouchReason="no-touches"
      period={view.period}
    />,
  );
  return metric(container, 'next-touch-due');
}

/**
 * components/format.ts formatDay prints a due date as "Mon 2 Jun", with no year. A due date from
 * an earlier year is common: a contact imported long ago and never worked (step 1 is due the day
 * it was created), or a dormant contact whose new cadence is due the follow-up limit after its last
 * touch. On 20 Nov 2026 "due Mon 2 Jun overdue" reads as five months late; it is seventeen.
 * formatDateTime gives the year for the same reason ("it may be last year's").
 */
describe('a next step due in an earlier year', () => {
  it('says the year of a step 1 due since a contact created in June 2025', () => {
    const next = nextFor(at('2025-06-02 09:00'), []);
    expect(next.dataset.value).toBe('2025-06-02');
    expect(next.textContent).toMatch(/2025/);
    expect(next.textContent).toBe('email, due Mon 2 Jun 2025 overdue');
  });

  it('says the year of a new cadence due after a touch in March 2025', () => {
    const next = nextFor(at('2025-01-06 09:00'), [email(at('2025-03-10 09:00'))]);
    expect(next.dataset.value?.startsWith('2025-')).toBe(true);
    expect(next.textContent).toMatch(/2025/);
  });

  it('says the year of a follow-up due next year', () => {
    // Jordan replied on Sun 27 Dec: the follow-up is due 14 days later, on Sun 10 Jan 2027.
    const next = nextFor(
      at('2026-12-01 09:00'),
      [email(at('2026-12-26 09:00')), reply(at('2026-12-27 11:00'))],
      new Date(at('2026-12-28 09:00')),
    );
    expect(next.dataset.value).toBe('2027-01-10');
    expect(next.textContent).toBe('email follow-up, due Sun 10 Jan 2027');
  });

  it('(control) needs no year for a step due this year', () => {
    const next = nextFor(at('2026-11-18 09:00'), []);
    expect(next.textContent).toBe('email, due Wed 18 Nov overdue');
  });
});
