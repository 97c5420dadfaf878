import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * crm-evidence-2.md (HubSpot): the item's type is only in its header wording, localised; metrics.md:
 * the reply rate counts a (non-automated) inbound email after an outbound one. The English page's
 * "Jordan Lee replied" is an inbound email; the same header on a French or German page ("Camille
 * Durand a répondu", "Lena Vogt hat geantwortet", the tables' own `inbound` words), with a "De :" /
 * "Von:" line naming the contact's address, was read as a system event with no notRead: the
 * contact's reply disappeared and the reply rate said 0 of 1 instead of 1 of 1.
 *
 * Oracle, by hand: two emails; the later one is inbound (the contact answered the rep's email).
 */
describe("a contact's reply worded as a sentence in the page's language", () => {
  it.each([
    {
      lang: 'fr-FR',
      name: 'Camille Durand',
      email: 'camille.durand@lumiere.example',
      emailLabel: 'E-mail',
      reply: 'Camille Durand a répondu',
      replyAt: '19 nov. 2026 à 16:40',
      replyBody:
        '<div>RE : Proposition 2027</div><div>De : camille.durand@lumiere.example À : alex.morgan@acme.example</div>',
      sent: 'E-mail envoyé par Alex Morgan',
      sentAt: '18 nov. 2026 à 09:12',
    },
    {
      lang: 'de-DE',
      name: 'Lena Vogt',
      email: 'lena.vogt@northwind.example',
      emailLabel: 'E-Mail',
      reply: 'Lena Vogt hat geantwortet',
      replyAt: '19. Nov. 2026 um 16:40',
      replyBody: '<div>AW: Angebot 2027</div><div>Von: lena.vogt@northwind.example An: alex.morgan@acme.example</div>',
      sent: 'E-Mail gesendet von Alex Morgan',
      sentAt: '18. Nov. 2026 um 09:12',
    },
  ])('$lang: "$reply" is an inbound email, the rep\'s the outbound one before it', (c) => {
    const html = contactRecord({
      lang: c.lang,
      name: c.name,
      properties: property(c.emailLabel, c.email),
      middle: timeline(
        groupHeading('November 2026') +
          previewEvent(c.reply, c.replyAt, c.replyBody) +
          previewEvent(c.sent, c.sentAt, '<div>Angebot 2027</div>'),
      ),
    });
    const emails = readHubSpot(html, { zone: 'Europe/Berlin' }).activities.map((a) => [
      a.type,
      a.direction,
      a.timestamp,
    ]);
    expect(emails).toEqual([
      ['email', 'inbound', '2026-11-19T15:40:00.000Z'],
      ['email', 'outbound', '2026-11-18T08:12:00.000Z'],
    ]);
  });
});
