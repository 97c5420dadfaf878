import { describe, expect, it } from 'vitest';
import { touchesPerRep } from '../../../lib/team/touches-per-rep';
import { at, contactKey, email, reply, touchesOf } from '../metrics/builders';

const to = (contact: string, owner: string, day: string) =>
  email(at(`2026-11-${day} 09:00`), `To ${contact}`, { owner, contactKeys: [contactKey(contact)] });

describe('touchesPerRep', () => {
  it("divides the team's touches by the reps who own one of them", () => {
    // 3 + 1 emails by two reps; the third rep only got a message from a contact nobody wrote to.
    const touches = touchesOf([
      to('a', 'Alex Morgan', '02'),
      to('b', 'Alex Morgan', '03'),
      to('c', 'Alex Morgan', '04'),
      to('d', 'Casey Nguyen', '05'),
      reply(at('2026-11-06 09:00'), 'A question', { owner: 'Blake Chen', contactKeys: [contactKey('nobody-wrote')] }),
    ]);
    expect(touchesPerRep(touches, true)).toEqual({ value: 2, reps: 2 });
  });

  it('counts the owner of a reply to another rep’s email among the reps with a touch', () => {
    const touches = touchesOf([
      to('jordan', 'Alex Morgan', '16'),
      reply(at('2026-11-17 09:00'), 'Re: Pilot', { owner: 'Blake Chen', contactKeys: [contactKey('jordan')] }),
    ]);
    expect(touchesPerRep(touches, true)).toEqual({ value: 1, reps: 2 });
  });

  it('leaves automated touches out when the setting does', () => {
    const touches = touchesOf([
      to('a', 'Alex Morgan', '02'),
      email(at('2026-11-03 09:00'), 'Sequence', {
        owner: 'Casey Nguyen',
        contactKeys: [contactKey('b')],
        automated: true,
      }),
    ]);
    expect(touchesPerRep(touches, false)).toEqual({ value: 1, reps: 1 });
    expect(touchesPerRep(touches, true)).toEqual({ value: 1, reps: 2 });
  });

  it('is null when nobody touched anyone', () => {
    expect(touchesPerRep([], true)).toBeNull();
  });
});
