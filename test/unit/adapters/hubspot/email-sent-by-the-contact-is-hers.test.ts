import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { en } from '../../../../lib/adapters/hubspot/words/en';
import { es } from '../../../../lib/adapters/hubspot/words/es';
import { fr } from '../../../../lib/adapters/hubspot/words/fr';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * crm-evidence-2.md: "direction comes from who sent it versus the record", and a header names who
 * acted after its "by" word ("Appel - Connecté passé par …"). "Sent" / "envoyé" / "enviado" says
 * an email went out from someone; the name after "by" / "par" / "por", or opening the sentence
 * before "sent" / "a envoyé", says from whom. Sent by the record's own contact, it is her email to
 * the rep: inbound. metrics.md: an outbound email is answered when a (non-automated) inbound email
 * follows it, so read as outbound her answer hid the reply and counted a second rep email.
 */
describe("a header naming the record's contact as who sent the email", () => {
  it.each([
    ['E-mail envoyé par Noémie Garnier', 'Noémie Garnier', [fr, en]],
    ['Noémie Garnier a envoyé un e-mail à Hugo Lefort', 'Noémie Garnier', [fr, en]],
    ['Correo electrónico enviado por Inés Quintana', 'Inés Quintana', [es, en]],
    ['Inés Quintana envió un correo a Diego Salas', 'Inés Quintana', [es, en]],
    ['Email sent by Priya Raman', 'Priya Raman', [en]],
    ['Priya Raman sent an email to Tom Becker', 'Priya Raman', [en]],
  ])('"%s" is her inbound email', (header, contact, words) => {
    expect(classifyActivity(header, { words, contactNames: [contact], allContacts: true })).toMatchObject({
      type: 'email',
      direction: 'inbound',
    });
  });

  it.each([
    // The rep sent it: the verb's direction stands.
    ['E-mail envoyé par Hugo Lefort', 'Noémie Garnier', [fr, en]],
    ['E-mail envoyé par Hugo Lefort à Noémie Garnier', 'Noémie Garnier', [fr, en]],
    // She is whom it was sent to.
    ['E-mail envoyé à Noémie Garnier', 'Noémie Garnier', [fr, en]],
    ['Correo electrónico enviado por Diego Salas a Inés Quintana', 'Inés Quintana', [es, en]],
    // Her name only in the subject the header carries after its type wording.
    ['E-mail envoyé par Hugo Lefort - Devis demandé par Noémie Garnier', 'Noémie Garnier', [fr, en]],
    // Someone else whose name she opens: not her.
    ['Email sent by Priya Ramanathan', 'Priya Raman', [en]],
    // Review s61 (r61i): a record named by a first name alone, which the rep shares.
    ['Email sent by Alex Morgan', 'Alex', [en]],
  ])('"%s" stays outbound', (header, contact, words) => {
    expect(classifyActivity(header, { words, contactNames: [contact], allContacts: true })).toMatchObject({
      type: 'email',
      direction: 'outbound',
    });
  });

  it("on a French contact page her answer after the rep's email is the inbound one", () => {
    const html = contactRecord({
      lang: 'fr-FR',
      name: 'Noémie Garnier',
      properties: property('E-mail', 'noemie.garnier@ardoise.example'),
      middle: timeline(
        groupHeading('novembre 2026') +
          previewEvent('E-mail envoyé par Noémie Garnier', '17 nov. 2026 à 15:30', '<div>RE : Tarifs 2027</div>') +
          previewEvent('E-mail envoyé par Hugo Lefort', '17 nov. 2026 à 10:05', '<div>Tarifs 2027</div>'),
      ),
    });
    const emails = readHubSpot(html, { zone: 'Europe/Paris' }).activities.map((a) => [a.type, a.direction]);
    expect(emails).toEqual([
      ['email', 'inbound'],
      ['email', 'outbound'],
    ]);
  });
});
