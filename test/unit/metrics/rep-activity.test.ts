import { describe, expect, it } from 'vitest';
import { activityPerRep } from '../../../lib/metrics/rep-activity';
import { at, call, contactKey, email, touchesOf } from './builders';

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
});
