// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactOutcomes } from '../../../components/ContactOutcomes';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { activity, at, contact, email, NOW, settings } from '../metrics/builders';

afterEach(cleanup);

/**
 * Jordan got an email on Tue 10 Nov (in the last 30 days) and answered on another channel; the page
 * showed the answer with a date Touchline could not read. A call back, an SMS or a LinkedIn answer
 * is a reply (lib/metrics/touch.ts isReply), and touches to first reply count any reply, so the
 * answer may well be this period's first reply: "no reply in period" is a claim the page does not
 * support. The first-reply line says what it says for an undated email reply. The reply rate is
 * about emails (metrics.md "Reply rate"), so such an answer leaves it known: 0 of 1.
 */
const answers: [string, Partial<Activity> & Pick<Activity, 'type'>][] = [
  ['a call back', { type: 'call', title: 'Call from Jordan Lee' }],
  ['an SMS answer', { type: 'sms', title: 'Text: sounds good' }],
  ['a LinkedIn answer', { type: 'social', title: 'LinkedIn message' }],
];

describe.each(answers)('%s whose date the page did not show', (_, answer) => {
  const undatedAnswer = activity({ ...answer, direction: 'inbound', dateText: 'at the trade show' });
  const view = buildContactView({
    contact: contact(),
    activities: [email(at('2026-11-10 09:00')), undatedAnswer],
    settings: settings(),
    now: NOW,
  });

  it('makes the first-reply line say a reply has no readable date, not "no reply in period"', () => {
    const { container } = render(<ContactOutcomes outcomes={view.outcomes} />);
    expect(container.textContent).toContain('1 reply without a readable date: when the first came is not known');
    expect(container.textContent).not.toContain('no reply in period');
  });

  it('leaves the email reply rate known', () => {
    expect(view.outcomes.replyRate).toEqual({ value: 0, numerator: 0, denominator: 1 });
  });
});
