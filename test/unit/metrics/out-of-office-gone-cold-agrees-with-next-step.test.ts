import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, NOW, reply, settings, social } from '../metrics/builders';

/**
 * Regression of a0e03d7 (cadence.ts cadenceTouches). An out-of-office now breaks no silence for the
 * gaps and the next step, but gone cold (gone-cold.ts: days since the last touch, over every counted
 * touch) still counts it. Five steps done 19 Oct → Mon 2 Nov, out-of-office Thu 12 Nov, now Fri 20 Nov
 * (18 days after the last step; limit 14). 699a4e9 (countAutomated on, the default): step 6 overdue
 * (due Fri 6 Nov), not cold: one story. Now: the next step is step 1 of a NEW cadence (the silence
 * since 2 Nov passed the limit), yet the panel says the contact has not gone cold, and the team page
 * lists it as an overdue "step 1" instead of gone cold. metrics.md ties them: a new cadence starts
 * after "a silence longer than the follow-up limit"; gone cold is no touch for longer than that limit.
 */
describe('an out-of-office after the last touch, the silence past the follow-up limit', () => {
  const history = [
    email(at('2026-10-19 09:00'), 'Step 1'),
    call(at('2026-10-21 09:00'), 'no-answer'),
    email(at('2026-10-23 09:00'), 'Step 3'),
    call(at('2026-10-28 09:00'), 'no-answer'),
    social(at('2026-11-02 09:00')),
    reply(at('2026-11-12 09:00'), 'Automatic reply: out of office', { automated: true }),
  ];
  const cadence = buildContactView({ contact: contact(), activities: history, settings: settings(), now: NOW }).cadence;

  it('does not restart the cadence while the panel says the contact has not gone cold', () => {
    const restarted = cadence.nextDue?.kind === 'step' && cadence.nextDue.step === 1;
    expect({ restarted, goneCold: cadence.goneCold }).not.toEqual({ restarted: true, goneCold: false });
  });
});
