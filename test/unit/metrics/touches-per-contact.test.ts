import { describe, expect, it } from 'vitest';
import { touchesPerContact } from '../../../lib/metrics/touches-per-contact';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, contactKey, email, meeting, touchesOf } from './builders';

/** `perContact` touches of each builder for each of `contacts` contacts, spread over November. */
function team(contacts: number, perContact: ((when: string, extra: Partial<Activity>) => Activity)[]): Activity[] {
  return Array.from({ length: contacts }, (_, c) =>
    perContact.map((touch, i) =>
      touch(
        at(
          `2026-11-${String(2 + (i % 17)).padStart(2, '0')} ${String(8 + (c % 9)).padStart(2, '0')}:${String(c % 60).padStart(2, '0')}`,
        ),
        {
          contactKeys: [contactKey(String(1000 + c))],
          title: `Touch ${i + 1}`,
        },
      ),
    ),
  ).flat();
}

const mail = (when: string, extra: Partial<Activity>) => email(when, 'x', extra);
const dial = (when: string, extra: Partial<Activity>) => call(when, 'connected', extra);
const sit = (when: string, extra: Partial<Activity>) => meeting(when, 'held', extra);

describe('touchesPerContact', () => {
  it('600 touches over 150 active contacts in a month is 4.0', () => {
    const result = touchesPerContact(touchesOf(team(150, [mail, mail, dial, dial])), true);
    expect(result.touches).toBe(600);
    expect(result.activeContacts).toBe(150);
    expect(result.value).toBe(4);
  });

  it('2,400 touches over 480 contacts is 5.0: 3 emails, 1 call and 1 meeting per contact', () => {
    const result = touchesPerContact(touchesOf(team(480, [mail, mail, mail, dial, sit])), true);
    expect(result.touches).toBe(2400);
    expect(result.value).toBe(5);
    expect(result.byChannel).toEqual({ email: 3, call: 1, meeting: 1, social: 0, sms: 0 });
  });

  it('is "—" with a reason when no contact was touched', () => {
    expect(touchesPerContact([], true)).toEqual({
      value: null,
      reason: 'no-active-contacts',
      touches: 0,
      activeContacts: 0,
      byChannel: { call: null, email: null, meeting: null, social: null, sms: null },
    });
  });

  it('counts a meeting with three people once and makes all three active', () => {
    const trio = meeting(at('2026-11-18 10:00'), 'held', {
      contactKeys: [contactKey('1'), contactKey('2'), contactKey('3')],
    });
    const result = touchesPerContact(touchesOf([trio]), true);
    expect(result.touches).toBe(1);
    expect(result.activeContacts).toBe(3);
  });

  it('leaves out deal-level touches that name no contact', () => {
    const nobody = email(at('2026-11-18 10:00'), 'Proposal attached', { contactKeys: [] });
    expect(touchesPerContact(touchesOf([nobody]), true).touches).toBe(0);
  });

  it('follows the headline rule for automated touches', () => {
    const sequence = email(at('2026-11-18 10:00'), 'Step 1', { automated: true });
    const personal = email(at('2026-11-18 11:00'), 'Quick question on your fleet');
    expect(touchesPerContact(touchesOf([sequence, personal]), false).value).toBe(1);
    expect(touchesPerContact(touchesOf([sequence, personal]), true).value).toBe(2);
  });
});
