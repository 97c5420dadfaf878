import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import type { CadenceStep, Settings } from '../../../lib/schema/settings';
import { at, call, contact, email, LA, NOW, reply, settings } from './builders';

/**
 * metrics.md, Cadence: next touch due is "the planned spacing after the step actually done last
 * (a late step moves the rest)": only a touch done moves a due date; contracts.md: next-touch-due
 * `data-overdue="true"` when past. Once the silence is longer than the follow-up limit (14 days),
 * the next outbound touch starts a new cadence, so step 1 is what is due; it replaces the step or
 * follow-up that was due and is due on the earlier of that one's date and the last touch + the
 * limit (decided): what was overdue stays overdue from the same day. NOW = Fri 20 Nov 2026, 07:00 LA.
 */
const view = (activities: Activity[], now = NOW, overrides: Partial<Settings> = {}) =>
  buildContactView({ contact: contact(), activities, settings: settings(overrides), now, pageTimeZone: LA });
const onThe19th = new Date(at('2026-11-19 07:00'));

describe('the day after the follow-up limit: the touch that was due stays overdue', () => {
  it('reply Thu 5 Nov: on the 19th the follow-up is due that day; on the 20th (gone cold) step 1 is overdue since the 19th', () => {
    const acts = [email(at('2026-11-03 09:00')), reply(at('2026-11-05 10:00'))];
    expect(view(acts, onThe19th).cadence.nextDue).toEqual({
      date: '2026-11-19',
      channel: 'email',
      step: 0,
      overdue: false,
      kind: 'follow-up',
    });
    const cadence = view(acts).cadence;
    expect(cadence.goneCold).toBe(true);
    expect(cadence.nextDue).toEqual({ date: '2026-11-19', channel: 'email', step: 1, overdue: true, kind: 'step' });
  });

  it('lone email Thu 5 Nov: step 2 (call) overdue since Mon 9 Nov on the 19th; on the 20th step 1, still overdue since the 9th', () => {
    const acts = [email(at('2026-11-05 09:00'))];
    expect(view(acts, onThe19th).cadence.nextDue).toEqual({
      date: '2026-11-09',
      channel: 'call',
      step: 2,
      overdue: true,
      kind: 'step',
    });
    expect(view(acts).cadence.nextDue).toEqual({
      date: '2026-11-09',
      channel: 'email',
      step: 1,
      overdue: true,
      kind: 'step',
    });
  });

  it('a step planned after the limit runs out: step 1 is due when the limit ran out', () => {
    // Steps 0 email, 2 call, 22 email: step 3 planned Wed 18 Nov (20 business days after the Wed 21
    // Oct call), but 14 days of silence end on Wed 4 Nov. On Thu 5 Nov step 1 is due the 4th.
    const cadences = { ...settings().cadences, 'mid-market': steps([0, 'email'], [2, 'call'], [22, 'email']) };
    const acts = [email(at('2026-10-19 09:00')), call(at('2026-10-21 10:00'), 'no-answer')];
    expect(view(acts, new Date(at('2026-11-04 07:00')), { cadences }).cadence.nextDue).toMatchObject({
      date: '2026-11-18',
      step: 3,
      overdue: false,
    });
    expect(view(acts, new Date(at('2026-11-05 07:00')), { cadences }).cadence.nextDue).toEqual({
      date: '2026-11-04',
      channel: 'email',
      step: 1,
      overdue: true,
      kind: 'step',
    });
  });
});

function steps(...list: [number, CadenceStep['channel']][]): CadenceStep[] {
  return list.map(([day, channel]) => ({ day, channel }));
}
