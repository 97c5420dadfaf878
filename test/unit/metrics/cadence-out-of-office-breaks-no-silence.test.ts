import { describe, expect, it } from 'vitest';
import { cadenceRuns } from '../../../lib/metrics/cadence';
import { cadenceGaps } from '../../../lib/metrics/cadence-gaps';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { nextTouchDue } from '../../../lib/metrics/next-touch';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, contact, email, NOW, reply, settings, social, touchesOf } from './builders';

/**
 * metrics.md "Cadence and cadence gaps": a gap is "an interval between consecutive outbound
 * touches ... After the last step, any interval longer than the follow-up limit (default 14 days)
 * is a gap", and a new cadence starts at the first outbound touch after a silence longer than the
 * limit. An automated inbound email (out-of-office) "is never a reply" (Automated touches): it
 * must not cut the rep's 18-day interval between outbound touches in two, so the gap stands
 * whether or not the setting counts automated touches. A new cadence and gone cold go by "no touch
 * in either direction", where the out-of-office counts when the setting counts automated touches.
 */
describe('an out-of-office auto-reply after the last cadence step', () => {
  // Mid-market cadence done on schedule (0, 2, 4, 7, 10, 14 business days), Mon 5 Oct → Fri 23 Oct.
  const cadence = [
    email(at('2026-10-05 09:00'), 'Step 1'),
    call(at('2026-10-07 09:00'), 'no-answer'),
    email(at('2026-10-09 09:00'), 'Step 3'),
    call(at('2026-10-14 09:00'), 'no-answer'),
    social(at('2026-10-19 09:00')),
    email(at('2026-10-23 09:00'), 'Step 6'),
  ];
  const outOfOffice = reply(at('2026-10-30 09:00'), 'Automatic reply: Step 6', { automated: true });
  // Tue 10 Nov: 18 days after the last step.
  const followUp = email(at('2026-11-10 09:00'), 'Checking in');
  const history = [...cadence, outOfOffice, followUp];
  const gapsOf = (activities: Activity[]) =>
    cadenceGaps(touchesOf(activities), settings(), NOW).map((g) => [g.from.toISOString(), g.to.toISOString(), g.days]);

  it('keeps the 18-day gap from the last step (Fri 23 Oct) to the next outbound touch (Tue 10 Nov)', () => {
    expect(gapsOf(history)).toContainEqual([
      new Date(at('2026-10-23 09:00')).toISOString(),
      new Date(at('2026-11-10 09:00')).toISOString(),
      18,
    ]);
  });

  it('leaves the next step as the setting on automated touches says: the out-of-office is a touch when counted', () => {
    // Counted (the default), the auto-reply is a touch either way: no silence of more than 14 days,
    // as gone cold counts it, so the 10 Nov email continues the cadence and a follow-up is next.
    const counted = touchesOf(history);
    expect(cadenceRuns(counted, settings()).map((run) => run.outbound.length)).toEqual([7]);
    expect(nextTouchDue(counted, settings(), NOW)).toMatchObject({ date: '2026-11-24', kind: 'follow-up' });
    // Left out, nothing came between 23 Oct and 10 Nov: the email starts a new cadence, step 2 is overdue.
    const left = touchesOf(history.filter((a) => !a.automated));
    expect(cadenceRuns(left, settings()).map((run) => run.outbound.length)).toEqual([6, 1]);
    expect(nextTouchDue(left, settings(), NOW)).toEqual({
      date: '2026-11-12',
      channel: 'call',
      step: 2,
      overdue: true,
      kind: 'step',
    });
  });

  it('shows the 18-day gap on the panel whether automated touches count or not', () => {
    const gapsWith = (countAutomated: boolean) =>
      buildContactView({
        contact: contact(),
        activities: history,
        settings: settings({ countAutomated, period: '90d' }),
        now: NOW,
      }).cadence.gaps.map((g) => g.days);
    expect(gapsWith(true)).toContain(18);
    expect(gapsWith(false)).toContain(18);
  });

  it('still lets a person on the other side break the silence: a call from the contact is a reply', () => {
    const callBack = call(at('2026-10-30 09:00'), 'connected', { direction: 'inbound' });
    const withCallBack = [...cadence, callBack, followUp];
    expect(gapsOf(withCallBack)).toEqual([]);
    expect(cadenceRuns(touchesOf(withCallBack), settings()).map((run) => run.outbound.length)).toEqual([7]);
  });
});
