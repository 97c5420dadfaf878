import { describe, expect, it } from 'vitest';
import { activityPerRep } from '../../../lib/metrics/rep-activity';
import type { Touch } from '../../../lib/metrics/touch';
import { at, call, contactKey, email, NOW, touchesOf } from './builders';

/**
 * 100,000 touches over 5,000 contacts and 20 reps, most of them (81,000) one busy rep's: the
 * per-rep work must not grow with the square of one rep's touches. Built directly, as merging is
 * not under test.
 */
function manyTouches(): Touch[] {
  const template = email(NOW.toISOString());
  return Array.from({ length: 100_000 }, (_, i) => {
    const at = new Date(NOW.getTime() - i * 1000);
    const contactKeys = [contactKey(String(i % 5000))];
    const owner = i < 81_000 ? 'Rep 00' : `Rep ${String(1 + (i % 19)).padStart(2, '0')}`;
    const a = { ...template, key: `k${i}`, timestamp: at.toISOString(), owner, contactKeys };
    return { key: a.key, activity: a, channel: 'email', at, copies: [a.key], contactKeys };
  });
}

describe('activityPerRep', () => {
  const touches = touchesOf([
    email(at('2026-11-16 09:00'), 'Route pricing v2', { owner: 'Alex Morgan', contactKeys: [contactKey('1')] }),
    call(at('2026-11-16 10:00'), 'connected', { owner: 'Alex Morgan', contactKeys: [contactKey('1')] }),
    email(at('2026-11-17 09:00'), 'Route pricing v2', { owner: 'Alex Morgan', contactKeys: [contactKey('2')] }),
    email(at('2026-11-17 09:00'), 'Case study', { owner: 'Casey Nguyen', contactKeys: [contactKey('3')] }),
    email(at('2026-11-18 09:00'), 'Imported without owner', { owner: undefined, contactKeys: [contactKey('4')] }),
  ]);

  it('divides touches by reps with any touch, and breaks each rep down per contact and channel', () => {
    const result = activityPerRep(touches, true);
    expect(result.value).toBe(2);
    expect(result.touches).toBe(4);
    expect(result.unassigned).toBe(1);
    expect(result.reps.map((r) => [r.rep, r.touches, r.perContact.value])).toEqual([
      ['Alex Morgan', 3, 1.5],
      ['Casey Nguyen', 1, 1],
    ]);
    expect(result.reps[0]?.perContact.byChannel).toMatchObject({ email: 1, call: 0.5 });
  });

  it('is "—" with no rep touches', () => {
    expect(activityPerRep([], true)).toMatchObject({ value: null, reason: 'no-reps', reps: [] });
  });

  it('handles 100,000 touches over 20 reps in one pass (linear, not quadratic)', () => {
    const result = activityPerRep(manyTouches(), true);
    expect(result.value).toBe(5000);
    expect(result.reps).toHaveLength(20);
    expect(result.reps[0]).toMatchObject({ rep: 'Rep 00', touches: 81_000 });
    expect(result.reps[0]?.perContact.activeContacts).toBe(5000);
    expect(result.reps[1]).toMatchObject({ rep: 'Rep 01', touches: 1000 });
  });
});
