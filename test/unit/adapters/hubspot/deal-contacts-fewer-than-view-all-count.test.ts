// @vitest-environment happy-dom
/**
 * Review hsdeal. A Contacts card whose heading carries no count but whose "View all associated
 * contacts (12)" control does shows 2 of 12 contacts: that is reading in part and must be said.
 */
import { describe, expect, it } from 'vitest';
import { hsDeal, readHs } from './built-deal-page';

const card = (
  heading: string,
  viewAll: string,
) => `<div data-test-id="card-wrapper-contacts"><h2>${heading}</h2><div data-test-id="associated-objects-card-content-0-1">
 <div><a href="/contacts/11/record/0-1/501">Mara Diaz</a></div><div><a href="/contacts/11/record/0-1/502">Kenji Ono</a></div>
 <a href="/contacts/11/objects/0-1/views/all/list">${viewAll}</a></div></div>`;

const contactsNotes = (lang: string, heading: string, viewAll: string, strip = false) => {
  const reading = readHs(hsDeal({ lang, right: card(heading, viewAll) }), { strip });
  expect(reading.record.contacts).toHaveLength(2);
  return reading.notRead.filter((n) => n.field === 'record.contacts');
};

describe('HubSpot deal: more associated contacts than the card shows', () => {
  it('says the contacts were read in part when "View all associated contacts (12)" counts more (en)', () => {
    expect(contactsNotes('en', 'Contacts', 'View all associated contacts (12)')).toEqual([
      { field: 'record.contacts', reason: "the Contacts card shows 2 of the deal's 12 contacts" },
    ]);
  });

  it.each([
    ['de', 'Kontakte', 'Alle zugeordneten Kontakte anzeigen (12)'],
    ['fr', 'Contacts', 'Afficher tous les contacts associés (12)'],
    ['es', 'Contactos', 'Ver todos los contactos asociados (12)'],
  ])('says so on a page in "%s" too ("%s", "%s")', (lang, heading, viewAll) => {
    expect(contactsNotes(lang, heading, viewAll)).toHaveLength(1);
  });

  it('says so without test ids too', () => {
    expect(contactsNotes('en', 'Contacts', 'View all associated contacts (12)', true)).toHaveLength(1);
  });

  it('(control) says nothing when the control counts the contacts shown, or counts nothing', () => {
    expect(contactsNotes('en', 'Contacts', 'View all associated contacts (2)')).toEqual([]);
    expect(contactsNotes('en', 'Contacts', 'View all associated contacts')).toEqual([]);
  });
});
