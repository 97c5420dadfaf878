import { describe, expect, it } from 'vitest';
import { contactPage, previewItem, readContact } from './contact-page';

/**
 * crm-evidence-2.md: the type is only in the header's wording, localised, leading it ("Appel -
 * Connecté passé par …"). As in English ("Email - Re: Meeting on Thursday"), the type word before
 * the " - " wins over a meeting or call the subject after it names.
 */
describe('HubSpot translated header leading with its type word', () => {
  it.each([
    ['fr', 'E-mail - Re: Rendez-vous de jeudi', '12 nov. 2026 à 10:15'],
    ['fr', 'E-mail - Appel de suivi', '12 nov. 2026 à 10:15'],
    ['de', 'E-Mail - Termin am Donnerstag', '12. Nov. 2026 um 10:15'],
    ['es', 'Correo electrónico - Reunión del jueves', '12 nov 2026 a las 10:15'],
    ['es', 'Correo electrónico - Llamada de seguimiento', '12 nov 2026 a las 10:15'],
    ['pt-BR', 'E-mail - Reunião de quinta', '12 de nov. de 2026 às 10:15'],
  ])('on a %s page, "%s" is an email touch, not a meeting or call', (lang, header, date) => {
    const read = readContact(contactPage({ lang, feed: previewItem({ header, date, body: '<p>Bis bald</p>' }) }));
    expect(read.activities).toHaveLength(1);
    expect(read.activities[0]).toMatchObject({
      type: 'email',
      channel: 'email',
      timestamp: '2026-11-12T10:15:00.000Z',
    });
  });

  it('a subject before the separator does not lead: "Re: Anruf - Termin am Donnerstag" stays a meeting', () => {
    const read = readContact(
      contactPage({
        lang: 'de',
        feed: previewItem({ header: 'Re: Anruf - Termin am Donnerstag', date: '12. Nov. 2026 um 10:15' }),
      }),
    );
    expect(read.activities[0]).toMatchObject({ type: 'meeting' });
  });
});
