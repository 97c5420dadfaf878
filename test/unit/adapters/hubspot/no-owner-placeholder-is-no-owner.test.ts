// @vitest-environment happy-dom
/**
 * HubSpot fills an owner slot nobody holds with a placeholder ("No owner"; in the page's language
 * on a translated portal, "Aucun propriétaire"). Read as a name, it became a rep of the team view
 * with every ownerless touch under it. The placeholder is no owner: the field is left out. A real
 * name holding such a word ("Noah Ownerby") is still the owner.
 */
import { describe, expect, it } from 'vitest';
import { contactPage, readContact } from './contact-page';
import { dealPage, property, readDeal } from './deal-page';

const contactWithOwner = (lang: string, label: string, owner: string) =>
  readContact(contactPage({ lang, sidebar: property(label, owner) }));

const dealWith = (owner: string, items: { header: string; date: string; body: string }[] = []) =>
  readDeal(dealPage({ sidebar: property('Deal owner', owner), items }));

describe('HubSpot owner placeholders', () => {
  it('a contact whose "Contact owner" shows "No owner" has no owner', () => {
    expect(contactWithOwner('en-US', 'Contact owner', 'No owner').record.owner).toBeUndefined();
  });

  it('a French contact whose "Propriétaire du contact" shows "Aucun propriétaire" has no owner', () => {
    expect(contactWithOwner('fr-FR', 'Propriétaire du contact', 'Aucun propriétaire').record.owner).toBeUndefined();
  });

  it('a German deal page still reads the English placeholder, whole, in any case', () => {
    const reading = readDeal(dealPage({ lang: 'de-DE', sidebar: property('Deal-Inhaber', '  NO OWNER ') }));
    expect(reading.record.owner).toBeUndefined();
  });

  it('a deal whose "Deal owner" shows "No owner" has no owner', () => {
    expect(dealWith('No owner').record.owner).toBeUndefined();
  });

  it('an item "by No owner" has no owner, the record\'s owner slot showing the same placeholder', () => {
    const reading = dealWith('No owner', [
      { header: 'Task assigned to No owner', date: 'Nov 17, 2026 at 10:00 AM', body: 'Send pricing' },
    ]);
    expect(reading.activities.map((a) => a.owner)).toEqual([undefined]);
  });

  it('an item "by No Owner", written like a name, has no owner', () => {
    const reading = dealWith('Alex Morgan', [
      { header: 'Note by No Owner', date: 'Nov 17, 2026 at 10:00 AM', body: 'Pricing' },
    ]);
    expect(reading.activities.map((a) => a.owner)).toEqual([undefined]);
  });

  it('a real name holding a placeholder word stays the owner: "Noah Ownerby"', () => {
    expect(dealWith('Noah Ownerby').record.owner).toBe('Noah Ownerby');
    expect(contactWithOwner('en-US', 'Contact owner', 'Nonez Unassignedo').record.owner).toBe('Nonez Unassignedo');
  });
});
