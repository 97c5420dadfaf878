import { describe, expect, it } from 'vitest';
import { followUps } from '../../../lib/team/follow-ups';
import { at, contact, contactKey, email, NOW, settings, touchesOf } from '../metrics/builders';

/**
 * An owner's card shows its first 5 follow-ups before "more": the ones that most need the rep come
 * first (the longest silent among those gone cold), not the first names in the alphabet.
 */
describe('gone-cold contacts of one owner', () => {
  it('are listed longest silent first', () => {
    const people = [
      ['911', 'Aaron Abbot', '2026-10-20 09:00'],
      ['912', 'Zoe Young', '2026-09-25 09:00'],
      ['913', 'Mia Ng', '2026-10-05 09:00'],
    ] as const;
    const touchesByContact = new Map(
      people.map(([id, , when]) => [
        contactKey(id),
        touchesOf([email(at(when), 'Intro', { contactKeys: [contactKey(id)] })]),
      ]),
    );
    const contacts = new Map(
      people.map(([id, name]) => [contactKey(id), contact({ key: contactKey(id), recordId: id, name })]),
    );

    const found = followUps({ touchesByContact, contacts, settings: settings(), now: NOW });

    expect(found.map((f) => [f.kind, f.name])).toEqual([
      ['gone-cold', 'Zoe Young'],
      ['gone-cold', 'Mia Ng'],
      ['gone-cold', 'Aaron Abbot'],
    ]);
  });
});
