/**
 * crm-evidence-2.md: "direction comes from who sent it versus the record". Beside "Email sent by
 * Priya Raman" and "Priya Raman sent an email to …" (email-sent-by-the-contact-is-hers.test.ts), a
 * header may name the sender in a part of its own after the type's dash ("Email - Sent by Priya
 * Raman"), and in German or Dutch close the sentence with the sending verb ("Lena Vogt hat eine
 * E-Mail an Tom Becker gesendet"). Sent by the record's contact, the email is hers: inbound
 * (metrics.md: her reply answers the rep's email). The wordings are guesses (words/*.ts): no
 * captured page shows them.
 */
import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { de } from '../../../../lib/adapters/hubspot/words/de';
import { en } from '../../../../lib/adapters/hubspot/words/en';
import { fr } from '../../../../lib/adapters/hubspot/words/fr';
import { it as italian } from '../../../../lib/adapters/hubspot/words/it';
import { nl } from '../../../../lib/adapters/hubspot/words/nl';
import { pt } from '../../../../lib/adapters/hubspot/words/pt';

const read = (header: string, contact: string, words = [en]) =>
  classifyActivity(header, { words, contactNames: [contact], allContacts: true });

describe("a header naming the record's contact as who sent the email", () => {
  it.each([
    ['Email - Sent by Priya Raman', 'Priya Raman', [en]],
    ['E-mail - Envoyé par Noémie Garnier', 'Noémie Garnier', [fr, en]],
    ['Lena Vogt hat eine E-Mail an Tom Becker gesendet', 'Lena Vogt', [de, en]],
    ['Eva de Wit heeft een e-mail naar Tom Becker verzonden', 'Eva de Wit', [nl, en]],
    ['E-Mail - Gesendet von Lena Vogt', 'Lena Vogt', [de, en]],
    ['E-mail - Inviata da Giulia Neri', 'Giulia Neri', [italian, en]],
    ['Ana Costa enviou um e-mail para Rui Lopes', 'Ana Costa', [pt, en]],
  ])('"%s" is her inbound email', (header, contact, words) => {
    expect(read(header, contact, words)).toMatchObject({ type: 'email', direction: 'inbound' });
  });

  it.each([
    // The rep sent it.
    ['Email - Sent by Tom Becker', 'Priya Raman', [en]],
    ['Tom Becker hat eine E-Mail an Lena Vogt gesendet', 'Lena Vogt', [de, en]],
    // Her name in a subject that says more than who sent it.
    ['Email - Sent by Priya Raman: the signed order', 'Priya Raman', [en]],
    // A record named by a first name alone, which the rep shares.
    ['Email - Sent by Alex Morgan', 'Alex', [en]],
  ])('"%s" is not read as hers', (header, contact, words) => {
    expect(read(header, contact, words).direction).not.toBe('inbound');
  });

  it('a German call about her email is a call', () => {
    expect(read('Anruf mit Lena Vogt: hat eine E-Mail gesendet', 'Lena Vogt', [de, en]).type).toBe('call');
  });
});
