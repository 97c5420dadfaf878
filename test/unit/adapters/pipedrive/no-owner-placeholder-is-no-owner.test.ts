import { describe, expect, it } from 'vitest';
import { entry, page, readDirect, strip } from './hand-written-feed-page';

/**
 * Pipedrive shows an owner nobody holds as "(No owner)" or "Unassigned" (or leaves it empty), in
 * the Owner field and in an entry's owner place after its date. Read as a name, the placeholder
 * became a rep of the team view with every ownerless touch under it. It is no owner: the field is
 * left out. A real name holding such a word ("Noah Ownerby") is still the owner.
 */
const person = (owner: string, itemOwner: string, lang = 'en') =>
  page({
    lang,
    owner,
    history: [
      entry({ icon: 'Call', done: true, subject: 'Pricing call', meta: `Nov 19, 2026 2:10 PM · ${itemOwner}` }),
    ],
  });

const read = (html: string) => {
  const r = readDirect(html) as ReturnType<typeof readDirect> & { record: { owner?: string } };
  if (r.status !== 'read') throw new Error(r.status);
  return { owner: r.record.owner, itemOwners: r.activities.map((a) => a.owner) };
};

describe('Pipedrive owner placeholders', () => {
  it.each(['(No owner)', 'Unassigned', 'unassigned '])(
    '"%s" in the Owner field and an entry\'s owner place is no owner',
    (shown) => {
      const html = person(shown, shown);
      expect(read(html)).toEqual({ owner: undefined, itemOwners: [undefined] });
      expect(read(strip(html))).toEqual({ owner: undefined, itemOwners: [undefined] });
    },
  );

  it('a German page\'s "(Kein Besitzer)" is no owner either', () => {
    expect(read(person('(Kein Besitzer)', '(Kein Besitzer)', 'de'))).toEqual({
      owner: undefined,
      itemOwners: [undefined],
    });
  });

  it('a real name holding a placeholder word stays the owner: "Noah Ownerby"', () => {
    expect(read(person('Noah Ownerby', 'Noah Ownerby'))).toEqual({
      owner: 'Noah Ownerby',
      itemOwners: ['Noah Ownerby'],
    });
  });
});
