import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { at, contact, email, NOW, reply, settings, undated } from './builders';

/**
 * metrics.md: "next touch due (date and channel of the next step not yet done)". An outbound touch
 * whose date Touchline could not read is a step done on an unknown day. With no dated outbound
 * touch beside it the cadence has begun, yet which step is next and when it is due cannot be told:
 * step 1, due since the contact was created (1 Sep), would tell the rep to send a first email the
 * contact already had. Beside dated touches, the date is given with the gone-cold reason's caveat.
 */
const cadenceOf = (activities: Activity[], countAutomated = true) =>
  buildContactView({ contact: contact(), activities, settings: settings({ countAutomated }), now: NOW }).cadence;

const tradeShow = undated('at the trade show', { title: 'Intro from the trade show' });
const spring = undated('last spring', { title: 'Route pricing v2' });

describe('the next touch of a contact with touches whose date could not be read', () => {
  it('has no due date, with the reason, when the only outbound touches are undated', () => {
    expect(cadenceOf([tradeShow, spring])).toMatchObject({
      nextDue: null,
      nextDueReason: '2 touches without a readable date: the next step cannot be dated.',
    });
    expect(cadenceOf([tradeShow, reply(at('2026-11-12 10:00'))])).toMatchObject({
      nextDue: null,
      nextDueReason: '1 touch without a readable date: the next step cannot be dated.',
    });
  });

  it('gives the dated answer with the caveat gone cold carries when dated outbound touches sit beside', () => {
    // Step 1 on Wed 18 Nov: step 2 (a call) is due Fri 20 Nov, and the undated email may be newer.
    const cadence = cadenceOf([email(at('2026-11-18 09:00')), tradeShow]);
    expect(cadence.nextDue).toEqual({ date: '2026-11-20', channel: 'call', step: 2, overdue: false, kind: 'step' });
    expect(cadence.nextDueReason).toBe('(1 touch without a readable date is not counted: one may be newer.)');
    // Gone cold says the same words after its own reason.
    const lapsed = cadenceOf([email(at('2026-10-01 09:00')), tradeShow]);
    expect(lapsed.goneColdReason?.endsWith(` ${lapsed.nextDueReason}`)).toBe(true);
  });

  it('keeps step 1 when no outbound touch is known, dated or not, with the caveat for an undated reply', () => {
    const undatedReply = undated('last week', { direction: 'inbound', title: 'Question about pricing' });
    expect(cadenceOf([undatedReply])).toMatchObject({
      nextDue: { date: '2026-09-01', step: 1, kind: 'step', overdue: true },
      nextDueReason: '(1 touch without a readable date is not counted: one may be newer.)',
    });
  });

  it('ignores an undated automated email when automated touches are left out', () => {
    const sequence = undated('last spring', { automated: true });
    const cadence = cadenceOf([sequence], false);
    expect(cadence.nextDue).toMatchObject({ date: '2026-09-01', step: 1, kind: 'step' });
    expect(cadence).not.toHaveProperty('nextDueReason');
  });

  it('adds nothing when every touch has a date', () => {
    expect(cadenceOf([email(at('2026-11-18 09:00'))])).not.toHaveProperty('nextDueReason');
  });
});
