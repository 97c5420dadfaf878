// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { PeriodChoice } from '../../../lib/settings/period-choice';
import { at, call, contact, email, meeting, NOW, reply, settings } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * Jordan Lee, worked by Alex Morgan over four weeks (clock: Fri 20 Nov 2026, 07:00 in Los Angeles):
 *   Tue 27 Oct 09:00  email "Route pricing"          outbound
 *   Thu 29 Oct 10:00  call, no answer                outbound
 *   Tue  3 Nov 09:00  email "Route pricing v2"       outbound
 *   Tue 10 Nov 10:00  meeting "Fleet pilot scoping"  held
 *   Thu 12 Nov 09:15  email "Pilot proposal"         outbound
 *   Mon 16 Nov 11:20  email "Re: Pilot proposal"     inbound: Jordan's first reply ever
 *   Wed 18 Nov 14:00  call, connected                outbound
 *
 * metrics.md, "Touches to first reply / to first meeting: outbound touches before the first inbound
 * reply or held meeting". By hand: before the first reply (16 Nov) came 5 outbound touches (two
 * emails, the call, the meeting, the proposal); before the first held meeting (10 Nov) came 3.
 * Both happened inside every period below, so the period only decides whether they are shown, not
 * how many touches preceded them. Review misread56 (s56): counted only inside the chosen period,
 * "last 7 days" said "first reply after 0 outbound touches" ("the contact spoke first") while the
 * Recent list showed the proposal email four days earlier.
 */
function outcomesText(period: PeriodChoice): string {
  const view = buildContactView({
    contact: contact(),
    activities: [
      email(at('2026-10-27 09:00'), 'Route pricing'),
      call(at('2026-10-29 10:00'), 'no-answer'),
      email(at('2026-11-03 09:00'), 'Route pricing v2'),
      meeting(at('2026-11-10 10:00'), 'held'),
      email(at('2026-11-12 09:15'), 'Pilot proposal'),
      reply(at('2026-11-16 11:20'), 'Re: Pilot proposal'),
      call(at('2026-11-18 14:00'), 'connected'),
    ],
    settings: settings({ period }),
    now: NOW,
  });
  const { container } = renderPanel({ status: 'ready', view });
  const text = container.querySelector('section[aria-label="Outcomes"]')?.textContent ?? '';
  cleanup();
  return text;
}

describe('touches to the first reply and meeting on a short period', () => {
  it('(control) last 30 days: first reply after 5, first meeting after 3', () => {
    const text = outcomesText('30d');
    expect(text).toContain('first reply after 5 outbound touches');
    expect(text).toContain('first meeting after 3 outbound touches');
  });

  it('last 7 days: the reply of 16 Nov still came after 5 outbound touches, not "after 0" (Jordan did not write first)', () => {
    const text = outcomesText('7d');
    expect(text).not.toContain('first reply after 0 outbound touches');
    expect(text).toContain('first reply after 5 outbound touches');
  });

  it('last 14 days: the meeting of 10 Nov came after 3 outbound touches, the reply after 5', () => {
    const text = outcomesText('14d');
    expect(text).toContain('first meeting after 3 outbound touches');
    expect(text).toContain('first reply after 5 outbound touches');
  });
});
