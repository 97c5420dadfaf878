import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * A HubSpot header may carry the email's subject after its type ("Email - Re: workflow question",
 * classify-activity.ts; crm-evidence-2.md: the type is only in the header wording). An email event
 * (an open, a click, a bounce) is read in the header's own wording, never in the subject: French
 * "ouvert", Dutch "geopend", German "geöffnet", Portuguese "abriu" in a contact's reply about a shop
 * or a branch that was opened made it an email-open tracking event, a system item with no notRead,
 * and the reply dropped out of the touches and the reply rate.
 *
 * Oracle, by hand: each item is the contact's email to the rep (its From line is the contact's
 * address): an inbound email.
 */
describe("an email whose subject in the header uses the language's word for opened", () => {
  it.each([
    [
      'en-US',
      'Email - Re: New store opened in Austin',
      'Email',
      'From: jordan@northwind.example',
      'Nov 19, 2026 at 4:40 PM',
      'jordan@northwind.example',
    ],
    [
      'fr-FR',
      'E-mail - RE : Nouveau magasin ouvert à Lyon',
      'E-mail',
      'De : camille@lumiere.example',
      '19 nov. 2026 à 16:40',
      'camille@lumiere.example',
    ],
    [
      'nl-NL',
      'E-mail - RE: Nieuwe vestiging geopend in Utrecht',
      'E-mail',
      'Van: sanne@dijkstra.example',
      '19 nov. 2026 om 16:40',
      'sanne@dijkstra.example',
    ],
    [
      'de-DE',
      'E-Mail - AW: Neue Filiale in Köln geöffnet',
      'E-Mail',
      'Von: lena@northwind.example',
      '19. Nov. 2026 um 16:40',
      'lena@northwind.example',
    ],
    [
      'pt-BR',
      'E-mail - RE: Nova loja abriu em Campinas',
      'E-mail',
      'De: joao@rio.example',
      '19 de nov. de 2026 às 16:40',
      'joao@rio.example',
    ],
  ] as const)('%s "%s" is an inbound email', (lang, header, emailLabel, from, time, address) => {
    const html = contactRecord({
      lang,
      name: 'Kontakt',
      properties: property(emailLabel, address),
      middle: timeline(groupHeading('November 2026') + previewEvent(header, time, `<div>${from}</div>`)),
    });
    const item = readHubSpot(html, { zone: 'Europe/Berlin' }).activities[0];
    expect({ type: item?.type, direction: item?.direction }).toEqual({ type: 'email', direction: 'inbound' });
  });

  it.each([
    ['fr-FR', 'E-mail ouvert', '19 nov. 2026 à 16:40'],
    ['de-DE', 'E-Mail geöffnet', '19. Nov. 2026 um 16:40'],
  ] as const)('(control) %s "%s", the open in the header\'s own wording, adds no touch', (lang, header, time) => {
    const html = contactRecord({ lang, middle: timeline(groupHeading('November 2026') + previewEvent(header, time)) });
    expect(readHubSpot(html, { zone: 'Europe/Berlin' }).activities[0]?.type).toBe('system');
  });
});
