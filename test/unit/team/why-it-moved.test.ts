import fc from 'fast-check';
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

  it('gives no points of the period before, not 0, when it had no touches to take points of', () => {
    // 0 touches before, 2 contacts × (1 call + 2 emails) now: +6 touches, of which no share of 0 can be taken.
    const moved = whyItMoved(perContact(0, {}), perContact(2, { call: 2, email: 4 }));
    expect(moved.decomposition.after).toBe(6);
    expect(moved.points).toEqual({ coverage: null, byChannel: { call: null, email: null } });
  });

  it('says "1 touch", in the singular, when the period before had none', () => {
    expect(whyItMoved(perContact(0, {}), perContact(1, { email: 1 })).sentence).toBe(
      '1 touch, none in the period before: nothing to compare with.',
    );
  });

  it('says "1 point", in the singular, for a first part of one point: 100 → 99 touches over one contact fewer', () => {
    expect(whyItMoved(perContact(100, { email: 100 }), perContact(99, { email: 99 })).sentence).toBe(
      'Touches fell 1 % (100 → 99): 1 point from fewer active contacts.',
    );
  });

  it('gives whole parts that add up to the percent it states, each part rounded down or up', () => {
    // 4 contacts × (1 email + 1 call) → 4 × (0.75 + 0.75): −12.5 points each, 25 in all.
    expect(whyItMoved(perContact(4, { email: 4, call: 4 }), perContact(4, { email: 3, call: 3 })).sentence).toMatch(
      /^Touches fell 25 % \(8 → 6\): 1[23] points from (calls|email), 1[23] from (calls|email)\.$/,
    );
  });

  it('says touches held steady, without parts, when neither the total nor a part moved a whole point', () => {
    expect(whyItMoved(perContact(4, { email: 8 }), perContact(4, { email: 8 })).sentence).toBe(
      'Touches held steady (8 before, 8 now).',
    );
  });

  it('names the parts, with their signs, when the total rounds to 0 % but they do not', () => {
    // 201 → 200 (−0.5 %): 3 contacts fewer at 1 email (about −1.5 %), calls up on the contacts left.
    const moved = whyItMoved(perContact(201, { email: 201 }), perContact(198, { email: 198, call: 2 }));
    expect(moved.sentence).toMatch(
      /^Touches held steady \(201 before, 200 now\), its parts cancelling out: −\d+ points? from fewer active contacts, \+\d+ from calls\.$/,
    );
  });

  it('says a part that pushed the other way as an offset', () => {
    // 5 contacts × 2 emails → 6 contacts × 1.5 emails: 10 → 9. Averaged over both orders (Shapley):
    // one more contact at 2 or 1.5 emails, +1.75 touches; half an email less on 5 or 6 contacts, −2.75.
    // In points of 10: +17.5 and −27.5, made whole so that they still sum to −10.
    expect(whyItMoved(perContact(5, { email: 10 }), perContact(6, { email: 9 })).sentence).toBe(
      'Touches fell 10 % (10 → 9): 28 points from email, offset by 18 from more active contacts.',
    );
  });

  it('adds up for any two periods: the parts read back from the sentence sum to its percent', () => {
    const side = fc.record({
      contacts: fc.integer({ min: 1, max: 40 }),
      call: fc.integer({ min: 0, max: 90 }),
      email: fc.integer({ min: 0, max: 90 }),
      meeting: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const { sentence } = whyItMoved(perContact(a.contacts, a), perContact(b.contacts, b));
        const stated = /(?:fell|rose) (\d+) %/.exec(sentence);
        if (!stated) return;
        const [along = '', against = ''] = sentence.split('offset by');
        const sum = (text: string) =>
          [...text.matchAll(/(\d+)(?: points?)? from /g)].reduce((n, m) => n + Number(m[1]), 0);
        expect(sum(along.split('):')[1] ?? '') - sum(against)).toBe(Number(stated[1]));
      }),
    );
  });
});
