import { describe, expect, it } from 'vitest';
import type { TouchesPerContact } from '../../../lib/metrics/touches-per-contact';
import { whyItMoved } from '../../../lib/team/why-it-moved';

/** Touches per contact as touchesPerContact reports them, from whole counts per channel. */
function perContact(
  activeContacts: number,
  counts: Partial<Record<'call' | 'email' | 'meeting', number>>,
): TouchesPerContact {
  const per = (n = 0) => (activeContacts === 0 ? null : n / activeContacts);
  const touches = Object.values(counts).reduce((s, n) => s + n, 0);
  return {
    value: per(touches),
    touches,
    activeContacts,
    byChannel: {
      call: per(counts.call),
      email: per(counts.email),
      meeting: per(counts.meeting),
      social: per(0),
      sms: per(0),
    },
  };
}

describe('whyItMoved: one sentence with the numbers', () => {
  it('names coverage and the channel that fell, in points of the earlier touches', () => {
    // 100 contacts × (3 emails + 2 calls) → 80 contacts × (2.5 emails + 2 calls): 500 → 360.
    const moved = whyItMoved(perContact(100, { email: 300, call: 200 }), perContact(80, { email: 200, call: 160 }));
    expect(moved.sentence).toBe('Touches fell 28 % (500 → 360): 19 points from fewer active contacts, 9 from email.');
    expect(moved.points.coverage).toBeCloseTo(-19);
    expect(moved.points.byChannel.email).toBeCloseTo(-9);
  });

  it('says when touches rose through more contacts', () => {
    const moved = whyItMoved(perContact(10, { call: 20 }), perContact(15, { call: 30 }));
    expect(moved.sentence).toBe('Touches rose 50 % (20 → 30): 50 points from more active contacts.');
  });

  it('says there is nothing to compare with when the period before had no touches', () => {
    expect(whyItMoved(perContact(0, {}), perContact(4, { meeting: 4 })).sentence).toBe(
      '4 touches, none in the period before: nothing to compare with.',
    );
  });
});
