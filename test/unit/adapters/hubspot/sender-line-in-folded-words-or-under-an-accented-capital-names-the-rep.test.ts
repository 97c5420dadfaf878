/**
 * Review s62 ("who"). The rep who wrote an email is read from its "from <rep> to <contact>" line
 * in the page's language (item-owner.ts). The tables keep their words folded (French "à" as "a",
 * words/fr.ts), and the line was matched as written: "de Samuel Rivera à Camille Roux" gave no
 * owner, and the French team's emails were on no rep's row. A rep's name had to open with A to Z:
 * "from Élodie Martin to Mara Quist" gave none either, while the contact's reply to her was hers.
 *
 * Review rg62c: matched case-blind, a subject the body repeats opened the line with its own "From"
 * ("Quote From Northwind Cold Storage"), "de" or "von" ("Devis de Northwind"), and the name ran on
 * to the line's real one: "Northwind Cold Storage from Alex Morgan", a rep of his own on the team
 * page. A contact named in Hangul was folded otherwise than the text: "to 김민수" was never found.
 *
 * Review rg62f: the "from" word nearest the contact won, and a surname's particle is one: "van Eva
 * van Leeuwen aan Mara Quist" was a rep "Leeuwen"'s. The one opening the line comes first.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../page-to-panel/open-hand-written-page';
import { contactPage, previewItem } from './contact-page';

const URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/5103';
const NOW = new Date('2026-11-20T15:00:00Z');
const sidebar = (email: string, owner: [string, string]) =>
  `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">E-mail</span><div>${email}</div></div><div><span data-selenium-test="property-label">${owner[0]}</span><div>${owner[1]}</div></div></div>`;

const owners = (page: Parameters<typeof contactPage>[0]) => {
  const r = readHtml(contactPage(page), URL, NOW, 'UTC');
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.map((a) => [a.type, a.direction, a.owner]);
};

describe('HubSpot: an email’s "from … to …" line names its rep', () => {
  it('French: "de Samuel Rivera à Camille Roux" is Samuel’s', () => {
    const feed = previewItem({
      icon: 'E-mail',
      header: 'E-mail - Devis chambres froides',
      date: '17 nov. 2026 à 10:05',
      body: '<p>de Samuel Rivera à Camille Roux</p><p>Bonjour Camille, voici le devis.</p>',
    });
    const page = {
      lang: 'fr-FR',
      name: 'Camille Roux',
      sidebar: sidebar('camille.roux@froid.example', ['Propriétaire du contact', 'Samuel Rivera']),
      feed,
    };
    expect(owners(page)).toEqual([['email', 'outbound', 'Samuel Rivera']]);
  });

  it('a rep whose name opens with "É" writing to the contact is hers', () => {
    const feed = previewItem({
      icon: 'Email',
      header: 'Email - Quote',
      date: 'Nov 17, 2026 at 9:05 AM',
      body: '<p>from Élodie Martin to Mara Quist</p><p>Hi Mara, attached is the quote.</p>',
    });
    const page = {
      name: 'Mara Quist',
      sidebar: sidebar('mara.quist@fjord.example', ['Contact owner', 'Élodie Martin']),
      feed,
    };
    expect(owners(page)).toEqual([['email', 'outbound', 'Élodie Martin']]);
  });

  it('a subject in title case with "From" before the line is no part of the name', () => {
    const feed = previewItem({
      icon: 'Email',
      header: 'Email - Quote From Northwind Cold Storage',
      date: 'Nov 17, 2026 at 9:05 AM',
      body: '<p>Quote From Northwind Cold Storage</p><p>from Alex Morgan to Mara Quist</p><p>Hi Mara, the quote.</p>',
    });
    const page = { name: 'Mara Quist', sidebar: sidebar('mara.quist@fjord.example', ['Phone', '+1 555 0100']), feed };
    expect(owners(page)).toEqual([['email', 'outbound', 'Alex Morgan']]);
  });

  it('French: a subject with "de" before "de Samuel Rivera à Camille Roux" is no part of the name', () => {
    const feed = previewItem({
      icon: 'E-mail',
      header: 'E-mail - Devis de Northwind',
      date: '17 nov. 2026 à 10:05',
      body: '<p>Devis de Northwind</p><p>de Samuel Rivera à Camille Roux</p><p>Bonjour Camille, voici le devis.</p>',
    });
    const page = {
      lang: 'fr-FR',
      name: 'Camille Roux',
      sidebar: sidebar('camille.roux@froid.example', ['Téléphone', '+33 1 23 45 67 89']),
      feed,
    };
    expect(owners(page)).toEqual([['email', 'outbound', 'Samuel Rivera']]);
  });

  it('German: a subject with "von" before "von Tom Becker an Lena Vogt" is no part of the name', () => {
    const feed = previewItem({
      icon: 'E-Mail',
      header: 'E-Mail - Angebot von Northwind',
      date: '17. Nov. 2026 um 10:05',
      body: '<p>Angebot von Northwind</p><p>von Tom Becker an Lena Vogt</p><p>Hallo Lena, anbei das Angebot.</p>',
    });
    const page = {
      lang: 'de-DE',
      name: 'Lena Vogt',
      sidebar: sidebar('lena.vogt@kuehlhaus.example', ['Telefon', '+49 30 1234567']),
      feed,
    };
    expect(owners(page)).toEqual([['email', 'outbound', 'Tom Becker']]);
  });

  it('Dutch: a rep whose surname opens with "van" is named in full', () => {
    const feed = previewItem({
      icon: 'E-mail',
      header: 'E-mail - Offerte',
      date: '17 nov. 2026 om 10:05',
      body: '<p>van Eva van Leeuwen aan Mara Quist</p><p>Hallo Mara, de offerte.</p>',
    });
    const page = {
      lang: 'nl-NL',
      name: 'Mara Quist',
      sidebar: sidebar('mara.quist@fjord.example', ['Telefoon', '+31 20 123 4567']),
      feed,
    };
    expect(owners(page)).toEqual([['email', 'outbound', 'Eva van Leeuwen']]);
  });

  it('French: after a subject with "de", "de Marie de Villiers à Camille Roux" is Marie de Villiers’s', () => {
    const feed = previewItem({
      icon: 'E-mail',
      header: 'E-mail - Devis de Northwind',
      date: '17 nov. 2026 à 10:05',
      body: '<p>Devis de Northwind</p><p>de Marie de Villiers à Camille Roux</p><p>Bonjour Camille, voici le devis.</p>',
    });
    const page = {
      lang: 'fr-FR',
      name: 'Camille Roux',
      sidebar: sidebar('camille.roux@froid.example', ['Téléphone', '+33 1 23 45 67 89']),
      feed,
    };
    expect(owners(page)).toEqual([['email', 'outbound', 'Marie de Villiers']]);
  });

  it('a contact named in Hangul: "from Alex Morgan to 김민수" is Alex’s', () => {
    const feed = previewItem({
      icon: 'Email',
      header: 'Email - Quote',
      date: 'Nov 17, 2026 at 9:05 AM',
      body: '<p>from Alex Morgan to 김민수</p><p>Hi, the quote is attached.</p>',
    });
    const page = { name: '김민수', sidebar: sidebar('minsu.kim@hanbit.example', ['Phone', '+82 2 555 0100']), feed };
    expect(owners(page)).toEqual([['email', 'outbound', 'Alex Morgan']]);
  });
});
